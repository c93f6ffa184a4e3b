import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** What the sitemap needs to know about one article, read straight from its frontmatter. */
export interface SitemapFacts {
	/** `updatedDate`, else `pubDate`. */
	lastModified: Date | undefined;
	/** Old URLs that now only redirect here. */
	aliases: string[];
}

/**
 * Sitemap facts of every article, keyed by its URL path. @astrojs/sitemap runs after the build and
 * cannot query collections, so this reads the frontmatter itself; it only describes pages the
 * build already decided to publish, and the content schema reports bad values with a clear message.
 */
export function readSitemapFacts(blogDirectory: string): Map<string, SitemapFacts> {
	const facts = new Map<string, SitemapFacts>();
	for (const { urlPath, file } of listArticleSources(blogDirectory)) {
		const frontmatter = FRONTMATTER.exec(readFileSync(file, 'utf8'))?.[1];
		const data = (frontmatter ? parse(frontmatter) : null) as {
			pubDate?: unknown;
			updatedDate?: unknown;
			aliases?: unknown;
		} | null;
		const value = data?.updatedDate ?? data?.pubDate;
		const date = typeof value === 'string' || value instanceof Date ? new Date(value) : undefined;
		facts.set(urlPath, {
			lastModified: date && !Number.isNaN(date.getTime()) ? date : undefined,
			aliases: Array.isArray(data?.aliases)
				? data.aliases.filter((alias) => typeof alias === 'string')
				: [],
		});
	}
	return facts;
}

/** An article file and the URL path it is published at. */
export interface ArticleSource {
	urlPath: string;
	file: string;
}

/**
 * Every article file under `blogDirectory` with its URL, following the glob loader's rules:
 * `slug.md(x)` and `slug/index.md(x)` are `/blog/slug/`, files starting with `_` are skipped.
 */
export function listArticleSources(blogDirectory: string): ArticleSource[] {
	return listArticleFiles(blogDirectory).map((file) => {
		const slug = relative(blogDirectory, file)
			.split(sep)
			.join('/')
			.replace(/(\/index)?\.mdx?$/, '');
		return { urlPath: `/blog/${slug}/`, file };
	});
}

function listArticleFiles(directory: string): string[] {
	let entries;
	try {
		entries = readdirSync(directory, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name));
}
