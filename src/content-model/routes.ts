import { z } from 'astro/zod';
import { PAGE_PATHS, SECTIONS } from '@/lib/paths';

/** Folders the build writes itself: Astro's assets, the search index and the social cards. */
const BUILD_FOLDERS = ['/_astro/', '/pagefind/', '/social-cards/'];

/** Files the build writes at fixed paths. */
const FIXED_FILES = [
	'/rss.xml',
	'/atom.xml',
	'/feed.json',
	'/rss.xsl',
	'/404.html',
	'/robots.txt',
	PAGE_PATHS.sitemapIndex,
	'/sitemap-0.xml',
	'/_headers',
	// The nginx copy of the per-path policies (src/features/security-headers/headers-file.ts).
	'/_headers.nginx.conf',
	'/_redirects',
	// The feed page's stylesheet (src/pages/rss.css.ts).
	'/rss.css',
];

/** Pages at fixed paths, whatever the content: section indexes and the site's own pages. */
const FIXED_PAGES: Record<string, string> = {
	'/': 'the home page',
	[SECTIONS.blog]: 'the blog index',
	[SECTIONS.tags]: 'the tag index',
	[SECTIONS.caseStudies]: 'the case studies index',
	[SECTIONS.experiments]: 'the experiments index',
	[SECTIONS.series]: 'the series index',
	[PAGE_PATHS.search]: 'the search page',
	[PAGE_PATHS.siteMap]: 'the site map',
};

/** The build folder a site path lies in, e.g. `/_astro/` for `/_astro/x/`, or undefined. */
export function buildFolderOf(path: string): string | undefined {
	return BUILD_FOLDERS.find((folder) => path.startsWith(folder));
}

/**
 * What the site itself puts at `path` whatever the content (`the search page`, `page 2 of the blog
 * index`), or undefined when only content could be there. An alias `/rss.xml/` counts: it would be
 * written as `rss.xml/index.html`, next to the feed. tests/build/routes.test.ts checks that every
 * page of a built site is an entry, an alias or one of these.
 */
export function describeReservedPath(path: string): string | undefined {
	const folder = buildFolderOf(path);
	if (folder) return `${folder}, where the build writes its own files`;
	if (FIXED_PAGES[path]) return FIXED_PAGES[path];
	const bare = path.replace(/\/$/, '');
	if (FIXED_FILES.includes(bare)) return `the file ${bare}`;
	const page = /^\/blog\/(\d+)$/.exec(bare)?.[1];
	if (page !== undefined) return `page ${page} of the blog index`;
	if (/^\/tags\/[^/]+(?:\/\d+|\/rss\.xml)?$/.test(bare)) return 'the tag pages under /tags/';
	return undefined;
}

/**
 * An old URL of a renamed article: a site path with a trailing slash, without `.` or `..`
 * segments (which would leave its folder) and outside the folders the build writes. Whether it
 * takes another page's URL is checked against the whole site by findAliasClashes.
 */
export function aliasField() {
	return z
		.string()
		.regex(/^\/(?:[\w.~-]+\/)+$/, {
			message: `must be a site path with a trailing slash, such as "${SECTIONS.blog}old-slug/"`,
		})
		.superRefine((alias, context) => {
			if (alias.split('/').some((segment) => segment === '.' || segment === '..')) {
				context.addIssue({
					code: 'custom',
					message: 'must not contain "." or ".." segments: write the path it leads to',
				});
				return;
			}
			const folder = buildFolderOf(alias);
			if (folder) {
				context.addIssue({
					code: 'custom',
					message: `${alias} is inside ${folder}, where the build writes its own files: remove it`,
				});
			}
		});
}

/** An alias as written in a content file. */
export interface AliasClaim {
	alias: string;
	/** The file declaring it, as printed. */
	file: string;
	/** The line it is written on, when known. */
	line?: number;
}

/** An alias that takes a URL something else already has. */
export interface AliasClash<Claim extends AliasClaim> {
	claim: Claim;
	message: string;
}

/**
 * Aliases that take the URL of an entry's page, of a page the site always has, or of another
 * alias. Every clash is listed (an alias would otherwise hide a page, or `_redirects` would send
 * readers of a real page elsewhere).
 * @param entryUrls the site path of every entry page (drafts too: they will be published), with its file
 */
export function findAliasClashes<Claim extends AliasClaim>(
	claims: readonly Claim[],
	entryUrls: ReadonlyMap<string, string>
): AliasClash<Claim>[] {
	const clashes: AliasClash<Claim>[] = [];
	const claimsByAlias = Map.groupBy(claims, ({ alias }) => alias);
	for (const claim of claims) {
		const { alias, file } = claim;
		const entryFile = entryUrls.get(alias);
		const reserved = describeReservedPath(alias);
		if (entryFile !== undefined) {
			const owner = entryFile === file ? 'this entry' : entryFile;
			clashes.push({ claim, message: `alias ${alias} is already the URL of ${owner}` });
		} else if (reserved !== undefined) {
			clashes.push({ claim, message: `alias ${alias} is already the URL of ${reserved}` });
		}
		const others = claimsByAlias.get(alias)!.filter((other) => other !== claim);
		if (others.length > 0) {
			const where = others
				.map((other) => (other.line === undefined ? other.file : `${other.file}:${other.line}`))
				.join(', ');
			clashes.push({ claim, message: `alias ${alias} is also an alias in ${where}` });
		}
	}
	return clashes;
}
