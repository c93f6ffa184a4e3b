import { XMLParser } from 'fast-xml-parser';

/** An RSS 2.0 item as fast-xml-parser reads it. */
export interface RssItem {
	title: string;
	link: string;
	description: string;
	pubDate: string;
	category?: string[];
	'content:encoded': string;
	enclosure?: { '@_url': string; '@_length': string; '@_type': string };
	'media:content'?: {
		'@_url': string;
		'@_type': string;
		'@_medium': string;
		'@_width': string;
		'@_height': string;
		'media:description': { '#text': string; '@_type': string };
	};
}

/** An RSS 2.0 channel as fast-xml-parser reads it. */
export interface RssChannel {
	title: string;
	description: string;
	link: string;
	lastBuildDate: string;
	'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
	item: RssItem[];
}

/** An Atom `<link>`. */
export interface AtomLink {
	'@_rel': string;
	'@_href': string;
	'@_type': string;
	'@_length'?: string;
}

/** An Atom entry as fast-xml-parser reads it. */
export interface AtomEntry {
	id: string;
	title: string;
	link: AtomLink[];
	published: string;
	updated: string;
	author: { name: string; uri?: string };
	category?: { '@_term': string }[];
	summary: string;
	content: { '#text': string; '@_type': string };
}

/** An Atom feed as fast-xml-parser reads it. */
export interface AtomFeed {
	'@_xmlns': string;
	'@_xml:lang': string;
	id: string;
	title: string;
	subtitle: string;
	updated: string;
	link: AtomLink[];
	author: { name: string; uri?: string };
	entry: AtomEntry[];
}

/** A JSON Feed 1.1 document, with the fields the site writes. */
export interface JsonFeed {
	version: string;
	title: string;
	home_page_url: string;
	feed_url: string;
	language: string;
	authors: { name: string; url?: string }[];
	items: {
		id: string;
		url: string;
		title: string;
		content_html: string;
		summary: string;
		image?: string;
		date_published: string;
		date_modified: string;
		tags?: string[];
	}[];
}

/** One `<url>` of an XML sitemap. */
export interface SitemapUrl {
	loc: string;
	lastmod?: string;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	// Text as written: a title such as "2026" or "true" stays a string.
	parseTagValue: false,
	isArray: (name, jPath) =>
		['item', 'category', 'url', 'sitemap', 'entry'].includes(name) ||
		// Atom has several links per feed and entry; RSS one per channel and item.
		(name === 'link' && String(jPath).startsWith('feed.')),
});

/** Reads an RSS 2.0 document into its channel. */
export function parseRss(source: string): RssChannel {
	return (parser.parse(source) as { rss: { channel: RssChannel } }).rss.channel;
}

/** Reads an Atom 1.0 document into its feed. */
export function parseAtom(source: string): AtomFeed {
	return (parser.parse(source) as { feed: AtomFeed }).feed;
}

/** Reads a sitemap index into the locations of its sitemaps. */
export function parseSitemapIndex(source: string): string[] {
	return (
		parser.parse(source) as { sitemapindex: { sitemap: { loc: string }[] } }
	).sitemapindex.sitemap.map(({ loc }) => loc);
}

/** Reads a sitemap into its URLs. */
export function parseSitemap(source: string): SitemapUrl[] {
	return (parser.parse(source) as { urlset: { url: SitemapUrl[] } }).urlset.url;
}
