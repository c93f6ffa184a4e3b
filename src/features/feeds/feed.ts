import { compareNewestFirst } from '@/lib/order';

// One model for every feed the site publishes. src/features/feeds/entries.ts fills it once per build; the
// RSS, Atom and JSON Feed serializers each write it in their format.

/** The formats the site's feeds come in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** Site paths of the site-wide feeds, one per format. */
export const FEED_PATHS: Readonly<Record<FeedFormat, string>> = {
	rss: '/rss.xml',
	atom: '/atom.xml',
	json: '/feed.json',
};

/** Site path of the XSL stylesheet that shows an RSS feed opened in a browser as a page. */
export const FEED_STYLESHEET_PATH = '/rss.xsl';

/** The media type of each format, for `<link rel="alternate" type>` autodiscovery. */
export const FEED_MEDIA_TYPES: Readonly<Record<FeedFormat, string>> = {
	rss: 'application/rss+xml',
	atom: 'application/atom+xml',
	json: 'application/feed+json',
};

/** A feed a page announces in its `<head>`. */
export interface FeedLink {
	format: FeedFormat;
	title: string;
	/** The feed's public URL. */
	url: string;
}

/** The title of a tag's feed, as readers list it beside the site's own. */
export function getTagFeedTitle(siteTitle: string, tagLabel: string): string {
	return `${siteTitle} — ${tagLabel}`;
}

/** How many of the newest articles a feed carries: a count, or all of them. */
export type FeedLimit = number | 'all';

/** An author as feeds name them. */
export interface FeedPerson {
	name: string;
	/** Their page, on this site or elsewhere. */
	url?: string | undefined;
}

/** An entry's image: the cover as a JPEG with an absolute URL. */
export interface FeedImage {
	url: string;
	/** MIME type, e.g. `image/jpeg`. */
	type: string;
	width: number;
	height: number;
	alt: string;
}

/** One article as every feed format describes it. */
export interface FeedEntry {
	/** The article's public URL, also its permanent id. */
	url: string;
	title: string;
	/** Plain text: the article's description. */
	summary: string;
	/** The article's full HTML, with absolute URLs. */
	contentHtml: string;
	published: Date;
	/** `updatedDate`, else the publication date. */
	updated: Date;
	/** Tag labels. */
	tags: string[];
	author: FeedPerson;
	image?: FeedImage | undefined;
}

/** A feed, independent of its format. */
export interface Feed {
	title: string;
	description: string;
	/** BCP 47, e.g. `en-GB`. */
	language: string;
	/** The public URL of the page the feed follows: the home page, or a tag's page. */
	homePageUrl: string;
	author: FeedPerson;
	/** Newest first. */
	entries: FeedEntry[];
}

/**
 * The articles a feed carries: the newest `limit` (by publication date, ties by slug so every
 * build picks the same ones), newest first.
 * @example pickFeedArticles(articles, 20) // the 20 newest
 */
export function pickFeedArticles<Article extends { slug: string; pubDate: Date }>(
	articles: readonly Article[],
	limit: FeedLimit
): Article[] {
	if (limit !== 'all' && !(Number.isInteger(limit) && limit >= 1)) {
		throw new RangeError(`A feed carries at least one article or "all", got ${limit}`);
	}
	const newestFirst = [...articles].sort(compareNewestFirst);
	return limit === 'all' ? newestFirst : newestFirst.slice(0, limit);
}

/**
 * When a feed last changed: the latest `updated` of its entries, never the clock, so rebuilding
 * a commit changes nothing. A feed without entries has never changed: the Unix epoch.
 */
export function getFeedUpdated(entries: readonly Pick<FeedEntry, 'updated'>[]): Date {
	return new Date(entries.reduce((latest, { updated }) => Math.max(latest, updated.getTime()), 0));
}
