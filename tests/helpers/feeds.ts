import { XMLParser } from 'fast-xml-parser';

/** An RSS 2.0 item as fast-xml-parser reads it. */
export interface RssItem {
	title: string;
	link: string;
	description: string;
	pubDate: string;
	category?: string[];
	'content:encoded': string;
}

/** An RSS 2.0 channel as fast-xml-parser reads it. */
export interface RssChannel {
	title: string;
	lastBuildDate: string;
	'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
	item: RssItem[];
}

/** One `<url>` of an XML sitemap. */
export interface SitemapUrl {
	loc: string;
	lastmod?: string;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

/** Reads an RSS 2.0 document into its channel. */
export function parseRss(source: string): RssChannel {
	return (parser.parse(source) as { rss: { channel: RssChannel } }).rss.channel;
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
