import { describe, expect, it } from 'vitest';
import { isInside, unwatchedFolders } from '@/features/dev-server/unwatched';

describe('unwatchedFolders', () => {
	it('leaves out the output and the folders that hold no site source', () => {
		expect(unwatchedFolders('/site', '/site/dist/', './content')).toEqual([
			'/site/dist',
			'/site/.cache',
			'/site/.stryker-tmp',
			'/site/reports',
			'/site/tests',
			'/site/docs',
			'/site/tools',
		]);
	});

	it('keeps watching a folder that holds the content, as the tests and the benchmark use', () => {
		expect(unwatchedFolders('/site', '/out', './tests/fixtures/site')).toEqual([
			'/out',
			'/site/.cache',
			'/site/.stryker-tmp',
			'/site/reports',
			'/site/docs',
			'/site/tools',
		]);
		expect(
			unwatchedFolders('/site', '/site/dist', '/site/.cache/bench/content-1000')
		).not.toContain('/site/.cache');
	});
});

describe('isInside', () => {
	it('is true for the folder itself and what is under it, not for a sibling sharing its prefix', () => {
		expect(isInside('/site/dist', '/site/dist')).toBe(true);
		expect(isInside('/site/dist/blog/index.html', '/site/dist')).toBe(true);
		expect(isInside('/site/dist-old/index.html', '/site/dist')).toBe(false);
		expect(isInside('/site', '/site/dist')).toBe(false);
	});
});
