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

describe('buildRssOptions, written by @astrojs/rss', async () => {
	const xml = await writeRss();
	const { rss } = parser.parse(xml) as {
		rss: Record<string, string> & { channel: Record<string, unknown> & { item: RssItem[] } };
	};
	const { channel } = rss;
	const [first, second] = channel.item;

	it('is well-formed RSS 2.0 that names the XSL stylesheet for browsers', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).toContain('<?xml-stylesheet href="/notes/rss.xsl" type="text/xsl"?>');
		expect(rss['@_version']).toBe('2.0');
		expect(rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/');
	});

	it('gives the channel its language, self link and the date of its latest change', () => {
		expect(channel).toMatchObject({
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

	it('gives each item its link, dates, categories and full content', () => {
		expect(first).toMatchObject({
			title: 'Idempotent webhooks',
			link: 'https://example.com/notes/blog/webhooks/',
			description: 'Retries without double charges.',
			pubDate: 'Sun, 01 Mar 2026 20:00:00 GMT',
			category: ['Postgres', 'reliability'],
			'content:encoded': SAMPLE_FEED.entries[0]?.contentHtml,
		});
	});

	it('carries the cover as an enclosure and as Media RSS, alt text intact', () => {
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

	it('keeps a hostile title and description as text', () => {
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
		expect(empty).not.toContain('lastBuildDate');
	});
});
