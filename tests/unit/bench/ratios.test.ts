import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../tools/bench/build-log';
import { checkScaling, compareWithFloor, isGoalMet } from '../../../tools/bench/ratios';
import { summarizeSize, type BenchResults, type BuildRun } from '../../../tools/bench/results';

function run(
	label: string,
	wallMs: number,
	cpuMs: number | null,
	buildRssBytes: number | null = null
): BuildRun {
	return {
		label,
		wallMs,
		cpuMs,
		maxRssBytes: null,
		buildRssBytes,
		output: { pages: 1, files: 1, bytes: 1 },
		log: parseBuildLog(''),
	};
}

function size(
	articles: number,
	cold: BuildRun,
	floor: BuildRun,
	extra: Partial<Record<'warm' | 'edited', BuildRun[]>> = {}
) {
	return summarizeSize({
		corpus: { articles, drafts: 0, words: articles * 1000 },
		cold,
		warm: extra.warm ?? [run('warm-1', 1, 1)],
		edited: extra.edited ?? [],
		floor,
	});
}

const machine: BenchResults['machine'] = {
	cpus: 2,
	cpuModel: 'x',
	totalMemoryBytes: 1,
	platform: 'linux',
	nodeVersion: 'v24',
	astroVersion: '7',
	date: '2026-01-01T00:00:00.000Z',
	loadAverage: [0, 0, 0],
	rssTool: null,
};

describe('compareWithFloor', () => {
	it('divides each Fieldnotes build by the floor of the same articles, edited and warm builds by their median', () => {
		const results: BenchResults = {
			machine,
			runs: 3,
			example: { cold: run('cold', 12_000, 24_000), floor: run('floor-cold', 4_000, 6_000) },
			sizes: [
				size(1000, run('cold', 30_000, 45_000), run('floor-cold', 20_000, 30_000), {
					warm: [
						run('warm-1', 9_000, 12_000),
						run('warm-2', 7_000, 9_000),
						run('warm-3', 8_000, 10_000),
					],
					edited: [
						run('edited-1', 5_000, 7_500),
						run('edited-2', 4_000, 6_000),
						run('edited-3', 6_000, 9_000),
					],
				}),
			],
		};
		const rows = compareWithFloor(results);
		expect(
			rows.map(({ label, wallRatio, cpuRatio, goal }) => ({ label, wallRatio, cpuRatio, goal }))
		).toEqual([
			{ label: 'example site, cold', wallRatio: 3, cpuRatio: 4, goal: 4 },
			{ label: '1,000 articles, cold', wallRatio: 1.5, cpuRatio: 1.5, goal: 1.5 },
			{
				label: '1,000 articles, warm, nothing changed',
				wallRatio: 0.4,
				cpuRatio: 1 / 3,
				goal: null,
			},
			{ label: '1,000 articles, one article edited', wallRatio: 0.25, cpuRatio: 0.25, goal: 0.25 },
		]);
	});

	it('has no CPU ratio when CPU time was not measured, and no example row before the example was built', () => {
		const results: BenchResults = {
			machine,
			runs: 1,
			example: null,
			sizes: [size(100, run('cold', 3_000, null), run('floor-cold', 2_000, 1_000))],
		};
		const [cold] = compareWithFloor(results);
		expect(cold?.label).toBe('100 articles, cold');
		expect(cold?.cpuRatio).toBeNull();
		expect(compareWithFloor(results).some(({ label }) => label.includes('edited'))).toBe(false);
	});
});

describe('isGoalMet', () => {
	it('meets a goal at or below it, by the ratio asked for', () => {
		const [example] = compareWithFloor({
			machine,
			runs: 1,
			example: { cold: run('cold', 16_000, 20_000), floor: run('floor-cold', 4_000, 4_000) },
			sizes: [],
		});
		expect(isGoalMet(example!, 'wallRatio')).toBe(true);
		expect(isGoalMet(example!, 'cpuRatio')).toBe(false);
		expect(isGoalMet({ ...example!, goal: null }, 'wallRatio')).toBeNull();
		expect(isGoalMet({ ...example!, cpuRatio: null }, 'cpuRatio')).toBeNull();
	});
});

describe('checkScaling', () => {
	it('compares the cold CPU time per article of larger sizes with that of 1,000 articles', () => {
		const floor = run('floor-cold', 1, 1);
		const checks = checkScaling([
			size(100, run('cold', 1, 1), floor),
			size(1000, run('cold', 60_000, 50_000), floor),
			size(10_000, run('cold', 900_000, 600_000, 1.5 * 2 ** 30), floor),
		]);
		expect(checks).toEqual([
			{ articles: 10_000, perArticleRatio: 1.2, peakBuildRssBytes: 1.5 * 2 ** 30 },
		]);
	});

	it('says nothing without 1,000 articles to compare with', () => {
		expect(checkScaling([size(100, run('cold', 1, 1), run('floor-cold', 1, 1))])).toEqual([]);
	});
});
