// Site paths (`/blog/x/`) name pages independently of where the site is served; `withBase` turns
// one into the href a page links with, `absoluteUrl` into the public URL. Every route the site
// builds is spelled here and nowhere else: a section is a folder in SECTIONS with an index page
// and one page per entry (`entryPath`), a single page is in PAGE_PATHS or `pagePath`.

/** The folder of each section of the site: its index page, with one page per entry below it. */
export const SECTIONS = {
	blog: '/blog/',
	tags: '/tags/',
	caseStudies: '/case-studies/',
	experiments: '/experiments/',
	services: '/services/',
	series: '/series/',
} as const;

/** A section of the site, e.g. `caseStudies`. */
export type Section = keyof typeof SECTIONS;

/** Site paths of the pages that belong to no section. */
export const PAGE_PATHS = {
	home: '/',
	search: '/search/',
	siteMap: '/site-map/',
	/** The sitemap for crawlers; @astrojs/sitemap writes it. */
	sitemapIndex: '/sitemap-index.xml',
	favicon: '/favicon.svg',
} as const;

/** Site path of a section's index page, e.g. `/case-studies/`. */
export function sectionPath(section: Section): string {
	return SECTIONS[section];
}

/**
 * Site path of one entry of a section.
 * @example entryPath('caseStudies', 'payments-platform-rebuild') // '/case-studies/payments-platform-rebuild/'
 */
export function entryPath(section: Section, id: string): string {
	return `${SECTIONS[section]}${id}/`;
}

/** Site path of a page of `content/pages/`, e.g. `/about/`. */
export function pagePath(id: string): string {
	return `/${id}/`;
}

/** Site path of an article. */
export function articlePath(slug: string): string {
	return entryPath('blog', slug);
}

/** Site path of page `page` (1-based) of the article index. */
export function blogIndexPath(page = 1): string {
	return page <= 1 ? SECTIONS.blog : `${SECTIONS.blog}${page}/`;
}

/** Site path of page `page` (1-based) of a tag's article list. */
export function tagPath(tagSlug: string, page = 1): string {
	const first = entryPath('tags', tagSlug);
	return page <= 1 ? first : `${first}${page}/`;
}

/** Site path of the RSS feed of a tag's articles. */
export function tagFeedPath(tagSlug: string): string {
	return `${entryPath('tags', tagSlug)}rss.xml`;
}

/** Site path of a series' page, which lists its parts in order. */
export function seriesPath(seriesId: string): string {
	return entryPath('series', seriesId);
}

/**
 * The path prefix a site is served under, read from its public URL, with slashes at both ends.
 * @example basePathOf('https://example.com') // '/'
 * @example basePathOf('https://layla.github.io/notes') // '/notes/'
 */
export function basePathOf(siteUrl: string): string {
	const { pathname } = new URL(siteUrl);
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * A site path as served under the base path: `/blog/` under `/notes/` is `/notes/blog/`.
 * Anything else (`https:`, `mailto:`, `#id`, `//host/x`, `./x`) is returned unchanged.
 */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	return `${base}${path.slice(1)}`;
}

/**
 * The site path of a path served under the base path, or `undefined` when it lies outside it.
 * @example withoutBase('/notes/blog/', '/notes/') // '/blog/'
 */
export function withoutBase(path: string, base: string): string | undefined {
	if (path.startsWith(base)) return `/${path.slice(base.length)}`;
	return `${path}/` === base ? '/' : undefined;
}

/** The public URL of a site path, under the site URL's base path. */
export function absoluteUrl(path: string, siteUrl: string): string {
	return new URL(withBase(path, basePathOf(siteUrl)), siteUrl).href;
}

/**
 * Site path of the social card (link-preview image) of a page: `/blog/x/` has
 * `/social-cards/blog/x.png`, the home page `/social-cards/home.png`.
 */
export function socialCardPath(pagePath: string): string {
	// Stryker disable next-line Regex: page paths have one slash at each end; the + only tolerates more
	const name = pagePath.replace(/^\/+|\/+$/g, '');
	return `/social-cards/${name === '' ? 'home' : name}.png`;
}

/**
 * Site path of the small WebP copy of a page's social card, which the site's own cards show:
 * `/blog/x/` has `/social-cards/blog/x.webp`.
 */
export function socialCardPreviewPath(pagePath: string): string {
	// Stryker disable next-line Regex: slugs hold no dot, so the only .png is the one at the end
	return socialCardPath(pagePath).replace(/\.png$/, '.webp');
}
