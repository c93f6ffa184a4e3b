import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchOptions } from '../../../tools/bench/options';

describe('parseBenchOptions', () => {
	it('builds 100 and 1,000 articles three times each by default', () => {
		expect(parseBenchOptions([])).toEqual({ sizes: [100, 1000], runs: 3, help: false });
	});

	it('adds 10,000 articles only with --with-10k', () => {
		expect(parseBenchOptions(['--with-10k']).sizes).toEqual([100, 1000, 10_000]);
	});

	it('takes sizes from --sizes, sorted and without duplicates, and still honours --with-10k', () => {
		expect(parseBenchOptions(['--sizes', '1000,100, 1000']).sizes).toEqual([100, 1000]);
		expect(parseBenchOptions(['--sizes', '50', '--with-10k']).sizes).toEqual([50, 10_000]);
	});

	it('takes the number of measured builds from --runs', () => {
		expect(parseBenchOptions(['--runs', '5']).runs).toBe(5);
		expect(parseBenchOptions(['--runs=1']).runs).toBe(1);
	});

	it('rejects sizes and run counts that are not positive whole numbers', () => {
		expect(() => parseBenchOptions(['--sizes', '100,1k'])).toThrow(
			'--sizes expects positive whole numbers separated by commas, e.g. --sizes 100,1000; got "1k".'
		);
		expect(() => parseBenchOptions(['--runs', '0'])).toThrow(/--runs expects positive whole/);
		expect(() => parseBenchOptions(['--sizes', ''])).toThrow(BenchUsageError);
	});

	it('rejects unknown options', () => {
		expect(() => parseBenchOptions(['--with-100k'])).toThrow(BenchUsageError);
	});

	it('asks for the usage text with --help', () => {
		expect(parseBenchOptions(['--help']).help).toBe(true);
	});
});
