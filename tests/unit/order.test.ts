import { describe, expect, it } from 'vitest';
import { compareNewestFirst, compareText } from '@/lib/order';

describe('compareText', () => {
	it('orders by code unit, whatever the locale: capitals before lower case', () => {
		expect(['b', 'B', 'a', 'b', 'é', 'e'].sort(compareText)).toEqual([
			'B',
			'a',
			'b',
			'b',
			'e',
			'é',
		]);
		expect(compareText('b', 'a')).toBe(1);
		expect(compareText('a', 'b')).toBe(-1);
		expect(compareText('a', 'a')).toBe(0);
	});
});

describe('compareNewestFirst', () => {
	const article = (slug: string, day: number) => ({
		slug,
		pubDate: new Date(Date.UTC(2026, 0, day)),
	});

	it('puts newer articles first, and orders those of the same moment by slug', () => {
		const articles = [article('b', 1), article('c', 2), article('a', 1), article('d', 3)];
		expect(articles.sort(compareNewestFirst).map(({ slug }) => slug)).toEqual(['d', 'c', 'a', 'b']);
		expect(compareNewestFirst(article('a', 1), article('b', 1))).toBe(-1);
		expect(compareNewestFirst(article('b', 1), article('a', 1))).toBe(1);
		expect(compareNewestFirst(article('a', 1), article('a', 1))).toBe(0);
		expect(compareNewestFirst(article('z', 2), article('a', 1))).toBeLessThan(0);
	});
});
