import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../tools/bench/build-log';
import {
	formatBytes,
	formatDuration,
	formatMarkdownTable,
	formatPhaseTable,
	formatResultsMarkdown,
	formatSummaryTable,
	listCaveats,
	listReuse,
} from '../../../tools/bench/report';
import { summarizeSize, type BenchResults, type BuildRun } from '../../../tools/bench/results';

/** A build with made-up numbers; only the shape of the report is under test. */
function buildRun(label: string, wallMs: number, extraLog = ''): BuildRun {
	return {
		label,
		wallMs,
		maxRssBytes: 512 * 2 ** 20,
		buildRssBytes: 400 * 2 ** 20,
		output: { pages: 148, files: 160, bytes: 6 * 2 ** 20 },
		log: parseBuildLog(`[build] Collecting build info...
[build] ✓ Completed in 2.00s.
[build] Building static entrypoints...
[vite] ✓ built in 4.00s
 generating static routes 
  ├─ /blog/a/index.html (+30ms) 
  ├─ /rss.xml (+1.50s) 
✓ Completed in 3.00s.
[build] ✓ Completed in 7.50s.
[fieldnotes:link-checker] 10 links on 2 pages checked in 300 ms: none broken.
[build] 2 page(s) built in 10.00s
${extraLog}`),
	};
}

const corpus = { articles: 100, drafts: 7, words: 146_770 };
const results: BenchResults = {
	machine: {
		cpus: 2,
		cpuModel: 'AMD EPYC',
		totalMemoryBytes: 8 * 2 ** 30,
		platform: 'linux 6.1 x64',
		nodeVersion: 'v24.21.0',
		astroVersion: '7.3.5',
		date: '2026-05-13T09:30:00.000Z',
		loadAverage: [1, 0.5, 0.25],
		rssTool: '/usr/bin/time -v',
	},
	runs: 3,
	sizes: [
		summarizeSize({
			corpus,
			cold: buildRun('cold', 16_000),
			warm: [buildRun('warm-1', 12_000), buildRun('warm-2', 11_000), buildRun('warm-3', 13_000)],
		}),
	],
};

describe('formatDuration and formatBytes', () => {
	it('writes milliseconds below a second and seconds with two decimals above', () => {
		expect(formatDuration(46.4)).toBe('46 ms');
		expect(formatDuration(3204)).toBe('3.20 s');
		expect(formatDuration(null)).toBe('–');
	});

	it('writes bytes as MiB with one decimal, and as GiB with two from 1 GiB on', () => {
		expect(formatBytes(865_400 * 1024)).toBe('845.1 MiB');
		expect(formatBytes(2_104_352 * 1024)).toBe('2.01 GiB');
		expect(formatBytes(null)).toBe('–');
	});
});

describe('formatMarkdownTable', () => {
	it('pads every column to its widest cell, as Prettier does', () => {
		expect(formatMarkdownTable(['n', 'time'], [['1,000', '2 s']])).toBe(
			['| n     | time |', '| ----- | ---- |', '| 1,000 | 2 s  |'].join('\n')
		);
	});
});

describe('formatSummaryTable', () => {
	it('shows the cold build, the warm median and spread, the time per article, both peak RSS figures and the output', () => {
		const table = formatSummaryTable(results.sizes);
		expect(table.split('\n')[0]).toContain('| peak RSS, Node | peak RSS, any process |');
		expect(table).toContain(
			'| 100      | 16.00 s    | 12.00 s     | 11.00 s – 13.00 s | 120.0 ms    | 400.0 MiB      | 512.0 MiB             | 148   | 6.0 MiB |'
		);
	});
});

describe('formatPhaseTable', () => {
	it('gives a cold and a warm column per size, the warm one the median of the warm builds', () => {
		const table = formatPhaseTable(results.sizes);
		// Cells are padded to the widest one, as Prettier pads Markdown tables.
		const row = (...cells: string[]) =>
			new RegExp(
				`^\\| ${cells.map((cell) => `${cell.replace(/[.()]/g, '\\$&')}\\s*`).join('\\| ')}\\|$`,
				'm'
			);
		expect(table.split('\n')[0]).toMatch(row('phase', '100 cold', '100 warm'));
		expect(table).toMatch(row('Node start-up and config loading', '6.00 s', '2.00 s'));
		expect(table).toMatch(row('·· feeds (all formats, tags)', '1.50 s', '1.50 s'));
		expect(table).toMatch(
			row('after build: cards, sitemap, search, links, gz/br', '500 ms', '500 ms')
		);
		expect(table).toMatch(row('· optimized images', '–', '–'));
		expect(table).toMatch(row('· link checker', '300 ms', '300 ms'));
	});
});

describe('listReuse', () => {
	it('says what the last warm build copied from the build before it', () => {
		const reusing = summarizeSize({
			corpus,
			cold: buildRun('cold', 16_000),
			warm: [
				buildRun(
					'warm-1',
					9_000,
					[
						'  ├─ /blog/b/index.html (restored) ',
						'[fieldnotes:social-cards] social cards: 1 rendered, 990 reused (164 ms; 991 copied into the output in 61 ms; cache x)',
						'[fieldnotes:search-index] search index: 947 pages, 1010 files, 3862.9 KiB in 709 ms, copied from the last build (no page changed)',
					].join('\n')
				),
			],
		});
		expect(listReuse([reusing])).toEqual([
			'100 articles, last warm build: 1 of 148 pages copied from the previous build, 990 social cards reused and 1 drawn, the search index copied.',
		]);
	});
});

describe('listCaveats', () => {
	it('has nothing to say about clean measurements', () => {
		expect(listCaveats(results)).toEqual([]);
	});

	it('names warm builds that were not warm and a missing RSS tool', () => {
		const noisy: BenchResults = {
			...results,
			machine: { ...results.machine, rssTool: null },
			sizes: [
				summarizeSize({
					corpus,
					cold: buildRun('cold', 16_000),
					warm: [
						buildRun('warm-1', 12_000),
						buildRun('warm-2', 16_000, 'clearing the content cache.'),
					],
				}),
			],
		};
		const caveats = listCaveats(noisy);
		expect(caveats[0]).toMatch(/^The peak RSS of the largest process was not measured/);
		expect(caveats[1]).toBe(
			'100 articles: warm-2 cleared the content cache (code under src/ changed during the benchmark), so it was not a warm build.'
		);
	});
});

describe('formatResultsMarkdown', () => {
	it('starts with the machine the numbers were taken on', () => {
		expect(formatResultsMarkdown(results).split('\n')[0]).toBe(
			'Machine: 2 × AMD EPYC, 8.0 GiB RAM, linux 6.1 x64, Node v24.21.0, Astro 7.3.5; 2026-05-13 09:30 UTC, load average 1.00 / 0.50 / 0.25 (1/5/15 min) at the start.'
		);
	});
});

describe('summarizeSize', () => {
	it('divides the median warm wall time by the number of articles and keeps the largest RSS', () => {
		const [size] = results.sizes;
		expect(size?.wallMs).toEqual({ median: 12_000, min: 11_000, max: 13_000 });
		expect(size?.msPerArticle).toBe(120);
		expect(size?.peakRssBytes).toBe(512 * 2 ** 20);
	});

	it('keeps the Node process peak apart from the largest process of any build', () => {
		const cold = { ...buildRun('cold', 1), maxRssBytes: 3 * 2 ** 30, buildRssBytes: 2 ** 30 };
		const warm = { ...buildRun('warm-1', 1), maxRssBytes: 2 ** 30, buildRssBytes: 1.5 * 2 ** 30 };
		const size = summarizeSize({ corpus, cold, warm: [warm] });
		expect(size.peakRssBytes).toBe(3 * 2 ** 30);
		expect(size.peakBuildRssBytes).toBe(1.5 * 2 ** 30);
	});

	it('has no peak RSS when no build measured it', () => {
		const unmeasured = { ...buildRun('cold', 1), maxRssBytes: null, buildRssBytes: null };
		const size = summarizeSize({ corpus, cold: unmeasured, warm: [unmeasured] });
		expect(size.peakRssBytes).toBeNull();
		expect(size.peakBuildRssBytes).toBeNull();
	});
});
