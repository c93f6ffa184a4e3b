import { PAGE_PATHS } from '@/lib/paths';
import type { ArticleSummary, Located } from './article-summary';
import { compareText, type Problem } from './problem';

/** Files the build writes at fixed paths, which an alias must not take. */
const FIXED_FILES = [
	'/rss.xml',
	'/atom.xml',
	'/feed.json',
	'/rss.xsl',
	'/404.html',
	'/robots.txt',
	PAGE_PATHS.sitemapIndex,
	'/sitemap-0.xml',
];

/**
 * What a fixed route of the site (not an article) lives at `path`, or undefined. An alias
 * `/rss.xml/` counts, because it would be written as `rss.xml/index.html` next to the feed.
 */
export function describeFixedRoute(path: string): string | undefined {
	const bare = path.length > 1 ? path.replace(/\/$/, '') : path;
	if (bare === '/') return 'the home page';
	if (bare === '/blog') return 'the blog index /blog/';
	const page = /^\/blog\/(\d+)$/.exec(bare)?.[1];
	if (page !== undefined) return `page ${page} of the blog index`;
	if (bare === '/tags') return 'the tag index /tags/';
	if (/^\/tags\/[^/]+(?:\/\d+|\/rss\.xml)?$/.test(bare)) return 'the tag pages under /tags/';
	if (FIXED_FILES.includes(bare)) return `the file ${bare}`;
	return undefined;
}

/**
 * Errors for URLs that two things would claim: two files with one slug (`a.md` and `a.mdx`, or
 * `a.mdx` and `a/index.mdx`), a numeric slug (the blog index's page of that number), and an alias
 * that is an article's URL, another alias or a fixed route.
 */
export function checkRoutes(articles: readonly ArticleSummary[]): Problem[] {
	const problems: Problem[] = [];
	const filesBySlug = new Map<string, string[]>();
	for (const { slug, file } of articles) {
		filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), file]);
	}
	for (const { slug, file, firstLine } of articles) {
		const others = (filesBySlug.get(slug) ?? []).filter((other) => other !== file);
		if (others.length > 0) {
			problems.push(
				error(
					file,
					firstLine,
					`slug "${slug}" is also produced by ${others.join(', ')}: both would be /blog/${slug}/; rename or remove one`
				)
			);
		}
		if (/^\d+$/.test(slug)) {
			problems.push(
				error(
					file,
					firstLine,
					`slug "${slug}" would clash with page ${slug} of the blog index (/blog/${slug}/): rename the file, e.g. "${slug}-notes.mdx"`
				)
			);
		}
	}

	const aliasOwners = new Map<string, (Located<string> & { file: string })[]>();
	for (const { file, aliases } of articles) {
		for (const alias of aliases) {
			aliasOwners.set(alias.value, [...(aliasOwners.get(alias.value) ?? []), { ...alias, file }]);
		}
	}
	for (const { file, aliases } of articles) {
		for (const { value: alias, line } of aliases) {
			const slug = /^\/blog\/(.+)\/$/.exec(alias)?.[1];
			const articleFiles = slug === undefined ? [] : (filesBySlug.get(slug) ?? []);
			const fixedRoute = describeFixedRoute(alias);
			if (articleFiles.length > 0) {
				const owner = articleFiles.includes(file) ? 'this article' : articleFiles.join(', ');
				problems.push(error(file, line, `alias ${alias} is already the URL of ${owner}`));
			} else if (fixedRoute !== undefined) {
				problems.push(error(file, line, `alias ${alias} clashes with ${fixedRoute}`));
			}
			const others = (aliasOwners.get(alias) ?? []).filter(
				(other) => other.file !== file || other.line !== line
			);
			if (others.length > 0) {
				const where = others.map((other) => `${other.file}:${other.line}`).join(', ');
				problems.push(error(file, line, `alias ${alias} is also an alias in ${where}`));
			}
		}
	}
	return problems.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
}

function error(file: string, line: number, message: string): Problem {
	return { severity: 'error', file, line, rule: 'duplicate-route', message };
}
