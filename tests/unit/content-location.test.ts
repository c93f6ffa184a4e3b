import { describe, expect, it } from 'vitest';
import { astroCacheDirectory, astroCacheDirectoryFor } from '@/content-model/location';

describe('astroCacheDirectoryFor', () => {
	it('gives each content folder its own cache folder under node_modules/.astro', () => {
		expect(astroCacheDirectoryFor('.cache/bench/content-100')).toBe(
			'node_modules/.astro/-cache-bench-content-100'
		);
		expect(astroCacheDirectoryFor('/tmp/corpus')).toBe('node_modules/.astro/-tmp-corpus');
		expect(astroCacheDirectoryFor('./tests/fixtures/site')).toBe(
			'node_modules/.astro/-tests-fixtures-site'
		);
	});

	it('gives a build under a base path its own cache folder, since rendered links differ', () => {
		expect(astroCacheDirectoryFor('./content', '/notes/')).toBe(
			'node_modules/.astro/-content-notes-'
		);
		expect(astroCacheDirectoryFor('./content', '/')).toBe('node_modules/.astro/-content');
	});
});

describe('astroCacheDirectory', () => {
	it("keeps Astro's default for the site's own content at the root, and a folder of its own otherwise", () => {
		expect(astroCacheDirectory('./content', '/')).toBe('node_modules/.astro');
		expect(astroCacheDirectory('./content', '/notes/')).toBe('node_modules/.astro/-content-notes-');
		expect(astroCacheDirectory('./tests/fixtures/site', '/')).toBe(
			'node_modules/.astro/-tests-fixtures-site'
		);
	});
});
