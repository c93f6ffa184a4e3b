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

	it('tells apart facts that differ only in a number, a map entry or a set member', () => {
		const keys = [
			cacheKeyOf(1),
			cacheKeyOf(2),
			cacheKeyOf('1'),
			cacheKeyOf({ page: 1 }),
			cacheKeyOf({ page: 2 }),
			cacheKeyOf(new Map()),
			cacheKeyOf(new Map([['a', 1]])),
			cacheKeyOf(new Map([['a', 2]])),
			cacheKeyOf(new Map([['b', 1]])),
			cacheKeyOf(new Set()),
			cacheKeyOf(new Set(['a'])),
			cacheKeyOf({}),
			cacheKeyOf([]),
			cacheKeyOf(null),
			cacheKeyOf({ a: null }),
			cacheKeyOf({ a: undefined, b: 1 }),
			cacheKeyOf({ b: 1, c: 1 }),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('tells a map apart from a set or an object with the same entries', () => {
		const entries = new Map([['title', 'A']]);
		expect(cacheKeyOf(entries)).not.toBe(cacheKeyOf({ title: 'A' }));
		expect(cacheKeyOf(entries)).not.toBe(cacheKeyOf([['title', 'A']]));
		expect(cacheKeyOf(new Set(['title']))).not.toBe(cacheKeyOf(['title']));
	});

	it('reads facts passed separately in their order', () => {
		expect(cacheKeyOf('a', 'b')).not.toBe(cacheKeyOf('b', 'a'));
		expect(cacheKeyOf('a', 'b')).toBe(cacheKeyOf('a', 'b'));
	});

	it('is a short URL-safe string', () => {
		expect(cacheKeyOf('x')).toMatch(/^[\w-]{32}$/);
	});
});
