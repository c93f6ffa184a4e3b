import { describe, expect, it } from 'vitest';
import { buildJsonFeed, JSON_FEED_VERSION } from '@/features/feeds/json-feed';
import { HOSTILE_TITLE, SAMPLE_FEED } from './sample-feed';

const FEED_URL = 'https://example.com/notes/feed.json';

/** The sample feed as a reader gets it, parsed. */
function readJsonFeed() {
	const json = buildJsonFeed(SAMPLE_FEED, { feedUrl: FEED_URL });
	return JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
}

// Each test writes the feed itself (rather than once for the file), so the mutation tests see
// which test covers which line of the writer.
describe('buildJsonFeed', () => {
	it('declares JSON Feed 1.1 with the top-level fields', () => {
		const feed = readJsonFeed();
		expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
		expect(feed).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'Fieldnotes & co',
			home_page_url: 'https://example.com/notes/',
			feed_url: FEED_URL,
			description: 'Notes from <the> field.',
			language: 'en-GB',
			authors: [{ name: 'Layla Haddad', url: 'https://example.com/notes/about/' }],
		});
	});

	it('gives each item every field the spec requires and the ones feed readers show', () => {
		const feed = readJsonFeed();
		expect(feed.items[0]).toEqual({
			id: 'https://example.com/notes/blog/webhooks/',
			url: 'https://example.com/notes/blog/webhooks/',
			title: 'Idempotent webhooks',
			content_html: SAMPLE_FEED.entries[0]?.contentHtml,
			summary: 'Retries without double charges.',
			image: 'https://example.com/notes/_astro/cover.abc.jpg?v=1&w=1200',
			date_published: '2026-03-01T20:00:00.000Z',
			date_modified: '2026-04-02T20:00:00.000Z',
			authors: [{ name: 'Omar Khalil' }],
			tags: ['Postgres', 'reliability'],
		});
		for (const item of feed.items) {
			expect(typeof item['id']).toBe('string');
			expect(typeof item['content_html']).toBe('string');
		}
	});

	it('leaves out the image and tags of an item that has none', () => {
		const feed = readJsonFeed();
		expect(feed.items[1]).not.toHaveProperty('image');
		expect(feed.items[1]).not.toHaveProperty('tags');
	});

	it('gives a hostile title back intact', () => {
		const feed = readJsonFeed();
		expect(feed.items[1]?.['title']).toBe(HOSTILE_TITLE);
	});

	it('is indented with tabs and ends with a newline', () => {
		const json = buildJsonFeed({ ...SAMPLE_FEED, entries: [] }, { feedUrl: FEED_URL });
		expect(json).toBe(
			[
				'{',
				'\t"version": "https://jsonfeed.org/version/1.1",',
				'\t"title": "Fieldnotes & co",',
				'\t"home_page_url": "https://example.com/notes/",',
				'\t"feed_url": "https://example.com/notes/feed.json",',
				'\t"description": "Notes from <the> field.",',
				'\t"language": "en-GB",',
				'\t"authors": [',
				'\t\t{',
				'\t\t\t"name": "Layla Haddad",',
				'\t\t\t"url": "https://example.com/notes/about/"',
				'\t\t}',
				'\t],',
				'\t"items": []',
				'}',
				'',
			].join('\n')
		);
	});

	it('is valid with no items', () => {
		const empty = JSON.parse(
			buildJsonFeed({ ...SAMPLE_FEED, entries: [] }, { feedUrl: FEED_URL })
		) as { items: unknown[] };
		expect(empty.items).toEqual([]);
	});
});
