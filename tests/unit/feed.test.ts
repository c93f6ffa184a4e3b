import { describe, expect, it } from 'vitest';
import { getFeedUpdated, getTagFeedTitle, pickFeedArticles } from '@/features/feeds/feed';

const article = (slug: string, day: number) => ({
	slug,
	pubDate: new Date(Date.UTC(2026, 0, day)),
});

describe('pickFeedArticles', () => {
	const articles = [article('b', 3), article('old', 1), article('new', 9), article('a', 3)];

	it('keeps the newest articles up to the limit, newest first', () => {
		expect(pickFeedArticles(articles, 2).map(({ slug }) => slug)).toEqual(['new', 'a']);
	});

	it('breaks ties between articles of the same date by slug, whatever the input order', () => {
		expect(pickFeedArticles([...articles].reverse(), 3).map(({ slug }) => slug)).toEqual([
			'new',
			'a',
			'b',
		]);
	});

	it('keeps every article with "all", or with a limit above their number', () => {
		const all = ['new', 'a', 'b', 'old'];
		expect(pickFeedArticles(articles, 'all').map(({ slug }) => slug)).toEqual(all);
		expect(pickFeedArticles(articles, 20).map(({ slug }) => slug)).toEqual(all);
	});

	it('caps a large site at the limit', () => {
		const many = Array.from({ length: 10_000 }, (_, index) => article(`a-${index}`, index));
		const picked = pickFeedArticles(many, 20);
		expect(picked).toHaveLength(20);
		expect(picked[0]?.slug).toBe('a-9999');
		expect(picked.at(-1)?.slug).toBe('a-9980');
	});

	it('leaves its input as it was', () => {
		const input = [...articles];
		pickFeedArticles(input, 1);
		expect(input).toEqual(articles);
	});

	it('rejects a limit that is not a whole number of articles', () => {
		for (const limit of [0, -1, 2.5, Number.NaN]) {
			expect(() => pickFeedArticles(articles, limit), String(limit)).toThrow(RangeError);
		}
		expect(() => pickFeedArticles(articles, 0)).toThrow(
			'A feed carries at least one article or "all", got 0'
		);
	});
});

describe('getFeedUpdated', () => {
	it('is the latest change of any entry, which need not be the newest entry', () => {
		const updated = getFeedUpdated([
			{ updated: new Date('2026-03-01T00:00:00Z') },
			{ updated: new Date('2026-04-02T10:00:00Z') },
			{ updated: new Date('2026-02-01T00:00:00Z') },
		]);
		expect(updated.toISOString()).toBe('2026-04-02T10:00:00.000Z');
	});

	it('is the Unix epoch for a feed without entries, never the clock', () => {
		expect(getFeedUpdated([]).toISOString()).toBe('1970-01-01T00:00:00.000Z');
	});
});

describe('getTagFeedTitle', () => {
	it('names the site, then the tag', () => {
		expect(getTagFeedTitle('Fieldnotes', 'Postgres')).toBe('Fieldnotes — Postgres');
	});
});
