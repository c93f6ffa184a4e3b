import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { getFeedUpdated, type Feed, type FeedEntry } from './feed';
import { escapeXml, toXmlCharacters } from '@/lib/xml';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const MEDIA_RSS_NAMESPACE = 'http://search.yahoo.com/mrss/';

/**
 * The options @astrojs/rss writes a feed from: RSS 2.0 with each article's full HTML, its tags as
 * categories, its cover as an enclosure and as Media RSS (which Feedly, Inoreader and others show
 * as the entry's picture), plus what @astrojs/rss leaves out: the language, the feed's own URL
 * (atom:link rel=self, which validators require) and the date of the newest change.
 * An enclosure's `length` is written as 0, which RSS allows for an unknown size; the image file
 * exists only once the build is done, and src/features/feeds/enclosures-integration.ts then sets it.
 * @param options.selfUrl the feed's public URL
 * @param options.stylesheetHref the XSL stylesheet a browser shows the feed with
 */
export function buildRssOptions(
	feed: Feed,
	{ selfUrl, stylesheetHref }: { selfUrl: string; stylesheetHref: string }
): RSSOptions {
	const customData = [
		`<language>${escapeXml(feed.language)}</language>`,
		`<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
		feed.entries.length > 0
			? `<lastBuildDate>${getFeedUpdated(feed.entries).toUTCString()}</lastBuildDate>`
			: '',
	];
	return {
		title: toXmlCharacters(feed.title),
		description: toXmlCharacters(feed.description),
		site: feed.homePageUrl,
		stylesheet: stylesheetHref,
		xmlns: { atom: ATOM_NAMESPACE, media: MEDIA_RSS_NAMESPACE },
		customData: customData.join(''),
		items: feed.entries.map(toRssItem),
	};
}

function toRssItem(entry: FeedEntry): RSSFeedItem {
	const { image } = entry;
	return {
		title: toXmlCharacters(entry.title),
		link: entry.url,
		description: toXmlCharacters(entry.summary),
		pubDate: entry.published,
		categories: entry.tags.map(toXmlCharacters),
		content: toXmlCharacters(entry.contentHtml),
		...(image && {
			enclosure: { url: image.url, length: 0, type: image.type },
			customData: [
				`<media:content url="${escapeXml(image.url)}" type="${escapeXml(image.type)}" medium="image" width="${image.width}" height="${image.height}">`,
				`<media:description type="plain">${escapeXml(image.alt)}</media:description>`,
				// Stryker disable next-line StringLiteral: @astrojs/rss re-parses customData and closes the element itself
				'</media:content>',
			].join(''),
		}),
	};
}
