import { createHash } from 'node:crypto';

/**
 * A short fingerprint of everything a page is made from, for Astro's incremental builds: when a
 * page's key and code are unchanged since the last build, Astro copies the earlier output instead
 * of rendering it again. Dates are written as ISO strings (by JSON), and object keys in sorted
 * order, so the same facts always give the same key.
 * @example cacheKeyOf({ slug: 'a', title: 'A' }) === cacheKeyOf({ title: 'A', slug: 'a' }) // true
 */
export function cacheKeyOf(...facts: unknown[]): string {
	return createHash('sha256').update(stableJson(facts)).digest('base64url').slice(0, 32);
}

function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
		if (item instanceof Map)
			// Stryker disable next-line EqualityOperator: any fixed order gives a stable key; ties need keys that print alike (1 and '1'), which no cache key mixes
			return { '@map': [...item].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)) };
		if (item instanceof Set) return { '@set': [...item].map(String).sort() };
		const record = item as Record<string, unknown>;
		return Object.fromEntries(
			Object.keys(record)
				.sort()
				.map((key) => [key, record[key]])
		);
	});
}
