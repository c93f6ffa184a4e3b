import { describe, expect, it } from 'vitest';
import { getBenchPaths } from '../../../tools/bench/paths';

describe('getBenchPaths', () => {
	it('keeps the corpus, output and logs of each size apart under .cache/bench', () => {
		const paths = getBenchPaths(1000);
		expect(paths.contentDirectory).toBe('.cache/bench/content-1000');
		expect(paths.blogDirectory).toBe('.cache/bench/content-1000/blog');
		expect(paths.outDirectory).toBe('.cache/bench/dist-1000');
		expect(paths.logFile('warm-2')).toBe('.cache/bench/logs/1000-warm-2.log');
		expect(paths.astroCacheDirectory).toBe('node_modules/.astro/-cache-bench-content-1000');
		expect(paths.floorDirectory).toBe('.cache/bench/floor-1000');
	});

	it('gives the copy of the example content its own folders beside the sizes', () => {
		const paths = getBenchPaths('example');
		expect(paths.contentDirectory).toBe('.cache/bench/content-example');
		expect(paths.floorDirectory).toBe('.cache/bench/floor-example');
		expect(paths.logFile('cold')).toBe('.cache/bench/logs/example-cold.log');
	});
});
