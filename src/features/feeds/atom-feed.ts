// Written here rather than with the `feed` package: its Atom output marks titles type="html"
// (a title such as "<b> & co" would be read as markup), sets `updated` from the clock when not
// given, and its JSON Feed is version 1, not 1.1. Atom needs a dozen elements; escaping is the
// only hard part, and escapeXml does it in one place.
import { getFeedUpdated, type Feed, type FeedEntry, type FeedPerson } from './feed';
import { escapeXml } from '@/lib/xml';

/**
 * An Atom 1.0 document (RFC 4287) of a feed: each entry with its id (the article's URL), dates,
 * author, tags as categories, summary, full HTML content and cover as an enclosure link. Text is
 * escaped, never wrapped in CDATA, so no title or body can end an element early.
 * The enclosure's `length` is written as 0; src/features/feeds/enclosures-integration.ts sets it once the
 * image file exists.
 * @param options.selfUrl the feed's public URL
 */
export function buildAtomFeed(feed: Feed, { selfUrl }: { selfUrl: string }): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
		element('id', feed.homePageUrl),
		element('title', feed.title),
		element('subtitle', feed.description),
		element('updated', getFeedUpdated(feed.entries).toISOString()),
		link({ rel: 'self', type: 'application/atom+xml', href: selfUrl }),
		link({ rel: 'alternate', type: 'text/html', href: feed.homePageUrl }),
		person('author', feed.author),
		...feed.entries.map(entry),
		'</feed>',
		'',
	].join('\n');
}

function entry(item: FeedEntry): string {
	return [
		'<entry>',
		element('id', item.url),
		element('title', item.title),
		link({ rel: 'alternate', type: 'text/html', href: item.url }),
		...(item.image
			? [link({ rel: 'enclosure', type: item.image.type, length: '0', href: item.image.url })]
			: []),
		element('published', item.published.toISOString()),
		element('updated', item.updated.toISOString()),
		person('author', item.author),
		...item.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
		element('summary', item.summary),
		`<content type="html">${escapeXml(item.contentHtml)}</content>`,
		'</entry>',
	].join('\n');
}

function element(name: string, text: string): string {
	return `<${name}>${escapeXml(text)}</${name}>`;
}

function link(attributes: Record<string, string>): string {
	const pairs = Object.entries(attributes).map(([name, value]) => `${name}="${escapeXml(value)}"`);
	return `<link ${pairs.join(' ')}/>`;
}

function person(name: string, { name: personName, url }: FeedPerson): string {
	return `<${name}>${element('name', personName)}${url ? element('uri', url) : ''}</${name}>`;
}
