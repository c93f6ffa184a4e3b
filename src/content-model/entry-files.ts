import { slug as githubSlug } from 'github-slugger';
import { extname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { entryPatternOf, type CollectionDescription } from './collections';
import { describeReservedPath } from './routes';

/** A file that a collection's loader reads as an entry. */
export interface EntryFile {
	/** Absolute path on disk. */
	path: string;
	/** Path relative to the collection folder, with forward slashes: `idempotent-webhooks/index.mdx`. */
	relativePath: string;
	/** The entry's id, which is also its URL slug; empty when the file name gives none (`..md`). */
	id: string;
	/** The extension without its dot: `md`, `mdx`, `yaml` … */
	extension: string;
}

/**
 * The id of an entry: each folder and the file name (without extension) through github-slugger,
 * with a trailing `/index` dropped, so `My Post.md` is `my-post` and `idempotent-webhooks/index.mdx`
 * is `idempotent-webhooks`. It is Astro's own rule, which the loader passes to glob() as
 * `generateId` (so a `slug` field cannot change it), and the doctor uses too.
 * @see https://github.com/withastro/astro/blob/main/packages/astro/src/content/utils.ts getContentEntryIdAndSlug
 */
export function entryIdOf(relativePath: string): string {
	return relativePath
		.slice(0, relativePath.length - extname(relativePath).length)
		.split('/')
		.map((segment) => githubSlug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

/**
 * Every entry file of a collection in `folder`, sorted by path: the files glob() loads, found with
 * the library and pattern glob() itself uses. A folder that does not exist has none.
 */
export function listEntryFiles(
	folder: string,
	collection: Pick<CollectionDescription, 'extensions'>
): EntryFile[] {
	return globSync(entryPatternOf(collection), { cwd: folder, expandDirectories: false })
		.sort()
		.map((relativePath) => ({
			path: join(folder, relativePath),
			relativePath,
			id: entryIdOf(relativePath),
			extension: extname(relativePath).slice(1),
		}));
}

/**
 * Why a file cannot be an entry of its collection, or undefined when it can: its name must give an
 * id, and an entry with a page needs a URL of its own, `<section><id>/`, in one segment (the
 * routes take one) and not taken by a page the site always has (`/blog/2/` is the index's page 2).
 */
export function describeEntryFileProblem(
	{ id, relativePath }: Pick<EntryFile, 'id' | 'relativePath'>,
	section: string | undefined
): string | undefined {
	const extension = extname(relativePath);
	if (id === '') return `the file name gives no URL slug: rename it, e.g. to "notes${extension}"`;
	if (section === undefined) return undefined;
	if (id.includes('/')) {
		const name = id.split('/').at(-1) ?? id;
		return `entries cannot sit in sub-folders (its id would be "${id}"): move it to ${name}${extension}, or to a folder of its own as ${name}/index${extension}`;
	}
	const url = `${section}${id}/`;
	const reserved = describeReservedPath(url);
	return reserved === undefined
		? undefined
		: `its URL ${url} is already ${reserved}: rename the file, e.g. to "${id}-notes${extension}"`;
}
