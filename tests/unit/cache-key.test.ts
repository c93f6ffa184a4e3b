import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '@/lib/cache-key';

describe('cacheKeyOf', () => {
	it('gives the same key for the same facts, whatever the order of object keys', () => {
		expect(cacheKeyOf({ slug: 'a', tags: ['x'], nested: { b: 1, a: 2 } })).toBe(
			cacheKeyOf({ nested: { a: 2, b: 1 }, tags: ['x'], slug: 'a' })
		);
	});

	it('changes when any fact changes, including dates and the order of lists', () => {
		const base = { title: 'A', pubDate: new Date('2026-05-13T00:00:00Z'), related: ['b', 'c'] };
		const key = cacheKeyOf(base);
		expect(cacheKeyOf({ ...base, title: 'A!' })).not.toBe(key);
		expect(cacheKeyOf({ ...base, pubDate: new Date('2026-05-14T00:00:00Z') })).not.toBe(key);
		expect(cacheKeyOf({ ...base, related: ['c', 'b'] })).not.toBe(key);
	});

	it('reads maps and sets by their contents', () => {
		expect(
			cacheKeyOf(
				new Map([
					['a', 1],
					['b', 2],
				])
			)
		).toBe(
			cacheKeyOf(
				new Map([
					['b', 2],
					['a', 1],
				])
			)
		);
		expect(cacheKeyOf(new Set(['a', 'b']))).toBe(cacheKeyOf(new Set(['b', 'a'])));
		expect(cacheKeyOf(new Set(['a']))).not.toBe(cacheKeyOf(new Set(['b'])));
	});

	it('is a short URL-safe string', () => {
		expect(cacheKeyOf('x')).toMatch(/^[\w-]{32}$/);
	});
});
