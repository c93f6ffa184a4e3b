import type { Feed, FeedEntry, FeedPerson } from './feed';

/** The version URL that identifies a JSON Feed 1.1 document. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of a feed: each item with its
 * id and URL (the article's), title, full HTML, summary, dates, tags, author and cover image.
 * JSON.stringify does all the escaping; the file is served on its own, never inside HTML.
 * @param options.feedUrl the feed's public URL
 */
export function buildJsonFeed(feed: Feed, { feedUrl }: { feedUrl: string }): string {
	const document = {
		version: JSON_FEED_VERSION,
		title: feed.title,
		home_page_url: feed.homePageUrl,
		feed_url: feedUrl,
		description: feed.description,
		language: feed.language,
		authors: [author(feed.author)],
		items: feed.entries.map(item),
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

function item(entry: FeedEntry): Record<string, unknown> {
	return {
		id: entry.url,
		url: entry.url,
		title: entry.title,
		content_html: entry.contentHtml,
		summary: entry.summary,
		...(entry.image && { image: entry.image.url }),
		date_published: entry.published.toISOString(),
		date_modified: entry.updated.toISOString(),
		authors: [author(entry.author)],
		...(entry.tags.length > 0 && { tags: entry.tags }),
	};
}

function author({ name, url }: FeedPerson): Record<string, string> {
	return { name, ...(url && { url }) };
}
