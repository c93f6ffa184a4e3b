import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Last-modified date of every article (`updatedDate`, else `pubDate`), keyed by its URL path, for the
 * sitemap's `<lastmod>`. @astrojs/sitemap runs after the build and cannot query collections, so this
 * reads the frontmatter itself; it only feeds dates to pages the build already decided to publish.
 */
export function readArticleLastModified(blogDirectory: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const file of listArticleFiles(blogDirectory)) {
		const source = readFileSync(file, 'utf8');
		const frontmatter = FRONTMATTER.exec(source)?.[1];
		if (!frontmatter) continue;
		const data = parse(frontmatter) as { pubDate?: unknown; updatedDate?: unknown } | null;
		const value = data?.updatedDate ?? data?.pubDate;
		// The content schema rejects bad dates with a clear message; here they are only skipped.
		if (typeof value !== 'string' && !(value instanceof Date)) continue;
		const date = new Date(value);
		if (Number.isNaN(date.getTime())) continue;
		const slug = relative(blogDirectory, file)
			.split(sep)
			.join('/')
			.replace(/(\/index)?\.mdx?$/, '');
		dates.set(`/blog/${slug}/`, date);
	}
	return dates;
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
