import { suggestNearest } from '@/lib/nearest';
import { basePathOf, withoutBase } from '@/lib/paths';
import { toIsoDay } from '@/lib/format-date';
import { listCollections } from '@/content-model/collections';
import { describeReservedPath } from '@/content-model/routes';
import type { EntrySummary } from './entry-summary';
import type { Problem } from './problem';

/** The site settings link checks depend on. */
export interface LinkCheckOptions {
	/** The site's URL; absolute links to its host count as internal. */
	siteUrl: string;
	/** Time zone in which a scheduled article's date is shown. */
	timeZone: string;
}

/**
 * The site path a link points to (`/blog/a-post/` for `/blog/a-post#setup`, `/blog/a-post?x` or
 * the same URL on the site's own host), decoded and with a trailing slash, or undefined for links
 * elsewhere, relative links and links to files (`/rss.xml`).
 */
export function getLinkedPath(url: string, siteUrl: string): string | undefined {
	const site = new URL(siteUrl);
	let path: string;
	if (url.startsWith('/') && !url.startsWith('//')) {
		// Stryker disable next-line Regex: a link's URL holds no line break, so `.*` always reaches the end
		path = url.replace(/[?#].*$/, '');
	} else {
		let target: URL;
		try {
			target = new URL(url, site);
		} catch {
			return undefined;
		}
		// Only `http(s)://` and `//` URLs are links to a host; both resolve to an http(s) URL here.
		if (target.host !== site.host || !/^(?:https?:)?\/\//i.test(url)) return undefined;
		// Full URLs include the base path of a project site; root-relative links in content do not.
		path = withoutBase(target.pathname, basePathOf(siteUrl)) ?? target.pathname;
	}
	if (/\.[a-z\d]+$/i.test(path)) return undefined;
	try {
		path = decodeURIComponent(path);
	} catch {
		// A malformed escape is looked up as written.
	}
	return path.endsWith('/') ? path : `${path}/`;
}

/** The sections of COLLECTIONS, longest first, so /blog/x/ belongs to /blog/ and not to /. */
const SECTIONS = listCollections()
	.flatMap(([, { section }]) => (section === undefined ? [] : [section]))
	.sort((a, b) => b.length - a.length);

/**
 * The section (`/blog/`, or `/` for single pages) whose entry URLs have the shape of `path`:
 * one segment below it. Undefined for paths no entry could have, such as `/tags/x/`.
 */
function sectionOfPath(path: string): string | undefined {
	return SECTIONS.find(
		(section) => path.startsWith(section) && /^[^/]+\/$/.test(path.slice(section.length))
	);
}

/**
 * Errors for links to an entry's URL (`/blog/<slug>/`, `/case-studies/<slug>/`, `/<page>/`) that
 * no entry has (with the nearest existing URL as a suggestion), and for links from an entry that
 * will be built to a draft or to an entry scheduled later, which would be broken on the live site.
 * Links to an alias or to a page the site always has are fine. Links written in drafts are only
 * checked for existence, since drafts are never built.
 */
export function checkLinks(
	entries: readonly EntrySummary[],
	{ siteUrl, timeZone }: LinkCheckOptions
): Problem[] {
	const byUrl = new Map<string, EntrySummary>();
	for (const entry of entries) {
		// Stryker disable next-line ConditionalExpression: an entry kept under no URL is never looked up, as links always have a path
		if (entry.urlPath !== undefined && !byUrl.has(entry.urlPath)) byUrl.set(entry.urlPath, entry);
	}
	const aliases = new Set(entries.flatMap(({ aliases }) => aliases.map(({ value }) => value)));
	const liveUrls = entries.flatMap(({ status, urlPath }) =>
		// Stryker disable next-line ArrayDeclaration: a stand-in URL is in no section, so it is never suggested
		urlPath !== undefined && status !== 'draft' && status !== 'scheduled' ? [urlPath] : []
	);

	const problems: Problem[] = [];
	for (const source of entries) {
		for (const { value: url, line } of source.links) {
			const path = getLinkedPath(url, siteUrl);
			if (path === undefined) continue;
			const target = byUrl.get(path);
			let message: string | undefined;
			if (!target) {
				const section = sectionOfPath(path);
				if (section === undefined || aliases.has(path) || describeReservedPath(path)) continue;
				// Compared by slug: whole paths share their section, which would make far slugs look near.
				const slugsOfSection = liveUrls
					.filter((live) => sectionOfPath(live) === section)
					.map((live) => live.slice(section.length, -1));
				const nearest = suggestNearest(path.slice(section.length, -1), slugsOfSection);
				const suggestion = nearest === undefined ? undefined : `${section}${nearest}/`;
				message = `links to ${url}, which does not exist${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`;
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
	source: EntrySummary,
	target: EntrySummary,
	timeZone: string
): string | undefined {
	if (target.status === 'draft') return `${target.id} is a draft`;
	if (target.status !== 'scheduled' || !target.pubDate) return undefined;
	// An article may link to one that goes live no later than itself: a scheduled one, as a published
	// article's date has passed; an entry without a date is online from the start.
	if ((source.pubDate?.getTime() ?? -Infinity) >= target.pubDate.getTime()) return undefined;
	return `${target.id} is scheduled for ${toIsoDay(target.pubDate, timeZone)}`;
}
