import { describe, expect, it } from 'vitest';
import { suggestNearest } from '@/lib/nearest';

describe('suggestNearest', () => {
	it('suggests the nearest candidate when it looks like a typo', () => {
		expect(suggestNearest('measuring-buld', ['measuring-build', 'caching'])).toBe(
			'measuring-build'
		);
		expect(suggestNearest('/blog/targte/', ['/blog/target/', '/tags/'])).toBe('/blog/target/');
	});

	it('allows two edits even in a short word', () => {
		expect(suggestNearest('blgo', ['blog'])).toBe('blog');
	});

	it('suggests nothing when no candidate is close', () => {
		expect(suggestNearest('nope', ['same', 'caching'])).toBeUndefined();
		expect(suggestNearest('nope', [])).toBeUndefined();
	});
});
