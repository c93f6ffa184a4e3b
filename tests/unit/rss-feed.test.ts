import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRssOptions } from '@/features/feeds/rss-feed';
import type { RssItem } from '../helpers/feeds';
import { HOSTILE_TITLE, SAMPLE_FEED } from './sample-feed';

const OPTIONS = {
	selfUrl: 'https://example.com/notes/rss.xml',
	stylesheetHref: '/notes/rss.xsl',
};

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	isArray: (name) => ['item', 'category'].includes(name),
});

async function writeRss(feed = SAMPLE_FEED): Promise<string> {
	return getRssString(buildRssOptions(feed, OPTIONS));
}

type ParsedRss = Record<string, string> & {
	channel: Record<string, unknown> & { item: RssItem[] };
};

/** The feed as a reader gets it: the XML @astrojs/rss writes, and what a parser reads from it. */
async function readRss(feed = SAMPLE_FEED) {
	const xml = await writeRss(feed);
	const { rss } = parser.parse(xml) as { rss: ParsedRss };
	const [first, second] = rss.channel.item;
	return { xml, rss, channel: rss.channel, first, second };
}

// Each test writes the feed itself (rather than once for the file), so the mutation tests see
// which test covers which line of the writer.
describe('buildRssOptions, written by @astrojs/rss', () => {
	it('is well-formed RSS 2.0 that names the XSL stylesheet for browsers', async () => {
		const { xml, rss } = await readRss();
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).toContain('<?xml-stylesheet href="/notes/rss.xsl" type="text/xsl"?>');
		expect(rss['@_version']).toBe('2.0');
		expect(rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/');
	});

	it('gives the channel its language, self link and the date of its latest change', async () => {
		const { channel } = await readRss();
		const { item, ...elements } = channel;
		expect(item).toHaveLength(2);
		expect(elements).toEqual({
			title: 'Fieldnotes & co',
			description: 'Notes from <the> field.',
			link: 'https://example.com/notes/',
			language: 'en-GB',
			'atom:link': {
				'@_href': OPTIONS.selfUrl,
				'@_rel': 'self',
				'@_type': 'application/rss+xml',
			},
			lastBuildDate: 'Thu, 02 Apr 2026 20:00:00 GMT',
		});
	});

	it('gives each item its link, dates, categories and full content', async () => {
		const { first } = await readRss();
		expect(first).toMatchObject({
			title: 'Idempotent webhooks',
			link: 'https://example.com/notes/blog/webhooks/',
			description: 'Retries without double charges.',
			pubDate: 'Sun, 01 Mar 2026 20:00:00 GMT',
			category: ['Postgres', 'reliability'],
			'content:encoded': SAMPLE_FEED.entries[0]?.contentHtml,
		});
	});

	it('carries the cover as an enclosure and as Media RSS, alt text intact', async () => {
		const { first, second } = await readRss();
		expect(first?.enclosure).toEqual({
			'@_url': 'https://example.com/notes/_astro/cover.abc.jpg?v=1&w=1200',
			'@_length': '0',
			'@_type': 'image/jpeg',
		});
		expect(first?.['media:content']).toEqual({
			'@_url': 'https://example.com/notes/_astro/cover.abc.jpg?v=1&w=1200',
			'@_type': 'image/jpeg',
			'@_medium': 'image',
			'@_width': '1200',
			'@_height': '675',
			'media:description': { '#text': 'Boxes & "arrows" <drawn>', '@_type': 'plain' },
		});
		expect(second?.enclosure).toBeUndefined();
		expect(second?.['media:content']).toBeUndefined();
	});

	it('keeps a hostile title and description as text', async () => {
		const { xml, second } = await readRss();
		expect(second?.title).toBe(HOSTILE_TITLE);
		expect(second?.description).toBe('A description with </script> & <i>markup</i>.');
		expect(xml).not.toContain('<img src=x');
	});

	it('drops characters XML cannot hold instead of writing an unreadable feed', async () => {
		const [entry] = SAMPLE_FEED.entries;
		if (!entry) throw new Error('The sample feed has entries');
		const withControl = await writeRss({
			...SAMPLE_FEED,
			entries: [{ ...entry, title: 'Bell\u0007 and nul\u0000', tags: ['a\u0001b'] }],
		});
		expect(XMLValidator.validate(withControl)).toBe(true);
		expect(withControl).toContain('<title>Bell and nul</title>');
		expect(withControl).toContain('<category>ab</category>');
	});

	it('has no lastBuildDate when there is no article yet', async () => {
		const empty = await writeRss({ ...SAMPLE_FEED, entries: [] });
		expect(XMLValidator.validate(empty)).toBe(true);
		expect((parser.parse(empty) as { rss: ParsedRss }).rss.channel).toEqual({
			title: 'Fieldnotes & co',
			description: 'Notes from <the> field.',
			link: 'https://example.com/notes/',
			language: 'en-GB',
			'atom:link': {
				'@_href': OPTIONS.selfUrl,
				'@_rel': 'self',
				'@_type': 'application/rss+xml',
			},
		});
	});
});
