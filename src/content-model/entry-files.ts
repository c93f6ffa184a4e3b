import { slug as githubSlug } from 'github-slugger';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A Markdown or MDX file that the blog collection's glob loader would pick up. */
export interface ArticleFile {
	/** Absolute path on disk. */
	path: string;
	/** Path relative to the blog folder, with forward slashes: `idempotent-webhooks/index.mdx`. */
	relativePath: string;
	/** The entry id Astro gives the file, which is also its URL slug. */
	slug: string;
	format: 'md' | 'mdx';
}

const ARTICLE_EXTENSION = /\.(mdx?)$/;

/**
 * Whether the glob loader's pattern `**\/[^_]*.{md,mdx}` matches a path relative to the blog
 * folder: a `.md`/`.mdx` file whose name does not start with `_`, outside hidden folders (the
 * glob does not enter dot folders, and `*` never matches a leading dot).
 */
export function isArticlePath(relativePath: string): boolean {
	return isEntryPath(relativePath, ARTICLE_EXTENSION);
}

/**
 * The id Astro's glob loader gives an entry: each folder and the file name (without extension)
 * through github-slugger, with a trailing `/index` dropped, so `My Post.md` is `my-post` and
 * `idempotent-webhooks/index.mdx` is `idempotent-webhooks`.
 * @see https://github.com/withastro/astro/blob/main/packages/astro/src/content/utils.ts getContentEntryIdAndSlug
 */
export function getArticleSlug(relativePath: string): string {
	return getEntryId(relativePath, ARTICLE_EXTENSION);
}

const YAML_EXTENSION = /\.(ya?ml)$/;

/**
 * The ids of the `.yaml`/`.yml` entries under `directory` (e.g. `content/series/`), by the same
 * rules as articles; none when the folder does not exist.
 */
export function findYamlEntryIds(directory: string): Set<string> {
	let files;
	try {
		files = listFiles(directory);
	} catch {
		return new Set();
	}
	return new Set(
		files
			.filter((path) => isEntryPath(path, YAML_EXTENSION))
			.map((path) => getEntryId(path, YAML_EXTENSION))
	);
}

function isEntryPath(relativePath: string, extension: RegExp): boolean {
	const segments = relativePath.split('/');
	const name = segments.at(-1) ?? '';
	return (
		extension.test(name) &&
		!name.startsWith('_') &&
		segments.every((segment) => !segment.startsWith('.'))
	);
}

function getEntryId(relativePath: string, extension: RegExp): string {
	return relativePath
		.replace(extension, '')
		.split('/')
		.map((segment) => githubSlug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

/** Every file under `directory`, as sorted paths relative to it with forward slashes. */
function listFiles(directory: string): string[] {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
		.sort();
}

/** Every article file under `blogDirectory`, sorted by relative path. */
export function findArticleFiles(blogDirectory: string): ArticleFile[] {
	const relativePaths = listFiles(blogDirectory).filter(isArticlePath);
	return relativePaths.map((relativePath) => ({
		path: join(blogDirectory, relativePath),
		relativePath,
		slug: getArticleSlug(relativePath),
		format: relativePath.endsWith('.mdx') ? 'mdx' : 'md',
	}));
}
