import { suggestNearest } from '@/lib/nearest';
import { articlePath, basePathOf, withoutBase } from '@/lib/paths';
import { toIsoDay } from '@/lib/format-date';
import type { ArticleSummary } from './article-summary';
import type { Problem } from './problem';

/** The site settings link checks depend on. */
export interface LinkCheckOptions {
	/** The site's URL; absolute links to its host count as internal. */
	siteUrl: string;
	/** Time zone in which a scheduled article's date is shown. */
	timeZone: string;
}

/**
 * The article slug a link points to (`/blog/<slug>/`, with or without the trailing slash, a query or
 * a `#fragment`, or the same URL on the site's own host), or undefined for any other link.
 * Index pages such as `/blog/2/` are not articles.
 */
export function getLinkedSlug(url: string, siteUrl: string): string | undefined {
	const site = new URL(siteUrl);
	let path: string;
	if (url.startsWith('/') && !url.startsWith('//')) {
		path = url;
	} else {
		let target: URL;
		try {
			target = new URL(url, site);
		} catch {
			return undefined;
		}
		const isOwnSite = /^https?:$/.test(target.protocol) && target.host === site.host;
		if (!isOwnSite || !/^(?:https?:)?\/\//i.test(url)) return undefined;
		// Full URLs include the base path of a project site; root-relative links in content do not.
		path = withoutBase(target.pathname, basePathOf(siteUrl)) ?? target.pathname;
	}
	const slug = /^\/blog\/([^?#]+?)\/?(?:[?#].*)?$/.exec(path)?.[1];
	if (slug === undefined || /^\d+$/.test(slug)) return undefined;
	try {
		return decodeURIComponent(slug);
	} catch {
		return slug;
	}
}

/**
 * Errors for links to `/blog/<slug>/` that no article has (with the nearest existing slug as a
 * suggestion), and for links from an article that will be built to a draft or to an article
 * scheduled later, which would be broken on the live site. Links to an alias are fine: the alias
 * redirects. Links written in drafts are only checked for existence, since drafts are never built.
 */
export function checkLinks(
	articles: readonly ArticleSummary[],
	{ siteUrl, timeZone }: LinkCheckOptions
): Problem[] {
	const bySlug = new Map<string, ArticleSummary>();
	for (const article of articles) if (!bySlug.has(article.slug)) bySlug.set(article.slug, article);
	const aliases = new Set(articles.flatMap(({ aliases }) => aliases.map(({ value }) => value)));
	const liveSlugs = articles
		.filter(({ status }) => status !== 'draft' && status !== 'scheduled')
		.map(({ slug }) => slug);

	const problems: Problem[] = [];
	for (const source of articles) {
		for (const { value: url, line } of source.links) {
			const slug = getLinkedSlug(url, siteUrl);
			if (slug === undefined) continue;
			const target = bySlug.get(slug);
			let message: string | undefined;
			if (!target) {
				if (aliases.has(articlePath(slug))) continue;
				const suggestion = suggestNearest(slug, liveSlugs);
				message = `links to ${url}, which does not exist${suggestion === undefined ? '' : ` (did you mean /blog/${suggestion}/?)`}`;
			} else if (source.status !== 'draft') {
				const reason = whyUnpublished(source, target, timeZone);
				if (reason) message = `links to ${url}, which will be broken once built: ${reason}`;
			}
			if (message) {
				problems.push({ severity: 'error', file: source.file, line, rule: 'broken-link', message });
			}
		}
	}
	return problems;
}

/** Why `target` will not be online whenever `source` is, or undefined when it will be. */
function whyUnpublished(
	source: ArticleSummary,
	target: ArticleSummary,
	timeZone: string
): string | undefined {
	if (target.status === 'draft') return `${target.slug} is a draft`;
	if (target.status !== 'scheduled' || !target.pubDate) return undefined;
	// A scheduled article may link to one that goes live no later than itself.
	if (source.status === 'scheduled' && source.pubDate && source.pubDate >= target.pubDate) {
		return undefined;
	}
	return `${target.slug} is scheduled for ${toIsoDay(target.pubDate, timeZone)}`;
}
