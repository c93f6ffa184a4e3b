import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../tools/bench/build-log';
import {
	formatBytes,
	formatDuration,
	formatFloorTable,
	formatMarkdownTable,
	formatPhaseTable,
	formatResultsMarkdown,
	formatSummaryTable,
	listCaveats,
	listReuse,
	listScaling,
} from '../../../tools/bench/report';
import { compareWithFloor } from '../../../tools/bench/ratios';
import { summarizeSize, type BenchResults, type BuildRun } from '../../../tools/bench/results';

/** A build with made-up numbers; only the shape of the report is under test. */
function buildRun(
	label: string,
	wallMs: number,
	extraLog = '',
	cpuMs: number | null = null
): BuildRun {
	return {
		label,
		wallMs,
		cpuMs,
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
	example: null,
	sizes: [
		summarizeSize({
			corpus,
			cold: buildRun('cold', 16_000),
			warm: [buildRun('warm-1', 12_000), buildRun('warm-2', 11_000), buildRun('warm-3', 13_000)],
			edited: [buildRun('edited-1', 14_000)],
			floor: buildRun('floor-cold', 8_000),
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
	it('gives a cold, a warm and an edited column per size, the warm one the median of the warm builds', () => {
		const table = formatPhaseTable(results.sizes);
		// Cells are padded to the widest one, as Prettier pads Markdown tables.
		const row = (...cells: string[]) =>
			new RegExp(
				`^\\| ${cells.map((cell) => `${cell.replace(/[.()+]/g, '\\$&')}\\s*`).join('\\| ')}\\|$`,
				'm'
			);
		expect(table.split('\n')[0]).toMatch(row('phase', '100 cold', '100 warm', '100 edited'));
		expect(table).toMatch(row('Node start-up and config loading', '6.00 s', '2.00 s', '4.00 s'));
		expect(table).toMatch(row('·· feeds (all formats, tags)', '1.50 s', '1.50 s', '1.50 s'));
		expect(table).toMatch(
			row('after build: cards, sitemap, search, links, gz/br', '500 ms', '500 ms', '500 ms')
		);
		expect(table).toMatch(row('· optimized images', '–', '–', '–'));
		expect(table).toMatch(row('·· link checker (its own busy time)', '300 ms', '300 ms', '300 ms'));
		expect(table).toMatch(row('CPU time (user + system, all processes)', '–', '–', '–'));
	});
});

describe('formatFloorTable', () => {
	it('puts each build beside the floor with both ratios, the goal and whether each ratio meets it', () => {
		const measured: BenchResults = {
			...results,
			example: {
				cold: buildRun('cold', 20_000, '', 30_000),
				floor: buildRun('floor-cold', 4_000, '', 5_000),
			},
		};
		const lines = formatFloorTable(compareWithFloor(measured)).split('\n');
		expect(lines[0]).toMatch(/^\| build\s+\| Fieldnotes wall \| floor wall \| wall ratio \|/);
		const cells = (line: string | undefined) =>
			line
				?.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim());
		expect(cells(lines[2])).toEqual([
			'example site, cold',
			'20.00 s',
			'4.00 s',
			'5.00×',
			'30.00 s',
			'5.00 s',
			'6.00×',
			'≤ 4×',
			'no / no',
		]);
		expect(cells(lines[5])).toEqual([
			'100 articles, one article edited',
			'14.00 s',
			'8.00 s',
			'1.75×',
			'–',
			'–',
			'–',
			'≤ 0.25×',
			'no / –',
		]);
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
						'[fieldnotes:social-cards] social cards: 1 rendered, 990 reused (164 ms on 1 worker thread, 0 ms of it after the pages; 991 copied into the output in 61 ms; cache x)',
						'[fieldnotes:search-index] search index: 947 pages, 1010 files, 3862.9 KiB in 709 ms, copied from the last build (no page changed)',
					].join('\n')
				),
			],
			edited: [],
			floor: buildRun('floor-cold', 8_000),
		});
		expect(listReuse([reusing])).toEqual([
			'100 articles, last warm build: 1 route (pages and feeds) copied from the previous build, of 148 pages, 990 social cards reused and 1 drawn, the search index copied.',
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
					edited: [],
					floor: buildRun('floor-cold', 8_000),
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
		const size = summarizeSize({ corpus, cold, warm: [warm], edited: [], floor: cold });
		expect(size.peakRssBytes).toBe(3 * 2 ** 30);
		expect(size.peakBuildRssBytes).toBe(1.5 * 2 ** 30);
	});

	it('has no peak RSS when no build measured it', () => {
		const unmeasured = { ...buildRun('cold', 1), maxRssBytes: null, buildRssBytes: null };
		const size = summarizeSize({
			corpus,
			cold: unmeasured,
			warm: [unmeasured],
			edited: [],
			floor: unmeasured,
		});
		expect(size.peakRssBytes).toBeNull();
		expect(size.peakBuildRssBytes).toBeNull();
	});
});

describe('listScaling', () => {
	it('says how the cost per article of 10,000 articles compares with 1,000, and the Node peak RSS', () => {
		const sized = (articles: number, cpuMs: number, rss: number) =>
			summarizeSize({
				corpus: { articles, drafts: 0, words: 0 },
				cold: { ...buildRun('cold', cpuMs, '', cpuMs), buildRssBytes: rss },
				warm: [buildRun('warm-1', 1)],
				edited: [],
				floor: buildRun('floor-cold', 1),
			});
		expect(
			listScaling([sized(1000, 50_000, 2 ** 30), sized(10_000, 650_000, 2.5 * 2 ** 30)])
		).toEqual([
			"10,000 articles: a cold build costs 1.30× per article what 1,000 articles cost (goal ≤ 1.25×: not met); Node's peak RSS 2.50 GiB (goal under 2.00 GiB: not met).",
		]);
	});
});
