import { describe, expect, it } from 'vitest';
import {
	parseCorpusSummary,
	parseCpuMilliseconds,
	parseMaxResidentSetSize,
} from '../../../tools/bench/process-output';

describe('parseMaxResidentSetSize', () => {
	it('reads the peak RSS of a GNU time report in bytes', () => {
		const report = `\tCommand being timed: "node astro.mjs build --outDir /tmp/x"
\tUser time (seconds): 7.79
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:11.36
\tMaximum resident set size (kbytes): 794648
\tAverage resident set size (kbytes): 0
\tExit status: 0`;
		expect(parseMaxResidentSetSize(report)).toBe(794_648 * 1024);
	});

	it('is unknown when the report has no peak RSS', () => {
		expect(parseMaxResidentSetSize('0.01user 0.00system 0:00.01elapsed')).toBeNull();
	});
});

describe('parseCpuMilliseconds', () => {
	it('adds user and system time of a GNU time report, in milliseconds', () => {
		const report = `\tUser time (seconds): 16.96\n\tSystem time (seconds): 1.95\n\tPercent of CPU this job got: 27%`;
		expect(parseCpuMilliseconds(report)).toBe(18_910);
	});

	it('is unknown when either time is missing', () => {
		expect(parseCpuMilliseconds('\tUser time (seconds): 16.96')).toBeNull();
	});
});

describe('parseCorpusSummary', () => {
	it('reads the counts the corpus generator prints', () => {
		expect(
			parseCorpusSummary(
				'100 articles (7 drafts, 146770 words) written to .cache/bench/content-100/blog\n'
			)
		).toEqual({ articles: 100, drafts: 7, words: 146_770 });
	});

	it('refuses output without the summary line', () => {
		expect(() => parseCorpusSummary('Error: EACCES')).toThrow(
			/The corpus generator did not report what it wrote/
		);
	});
});
