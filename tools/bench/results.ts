import type { BuildLogTimings } from './build-log';
import type { CorpusSummary } from './process-output';
import { medianOfKnown, summarize, type Spread } from './statistics';

/** What the output folder of one build holds. */
export interface OutputSize {
	/** `.html` files. */
	pages: number;
	/** All files. */
	files: number;
	/** Total bytes of all files. */
	bytes: number;
}

/** One `astro build` as measured from outside, plus what its log says. */
export interface BuildRun {
	/**
	 * `cold` for the warm-up build after clearing the cache, `warm-1` … for measured builds,
	 * `edited-1` … for builds after one article's body changed, `floor-cold` for the floor.
	 */
	label: string;
	/** From spawning the build to its exit, in milliseconds. */
	wallMs: number;
	/** User plus system CPU time of the build and its children, or `null` without `/usr/bin/time`. */
	cpuMs: number | null;
	/**
	 * Peak RSS of the largest process of the build, or `null` without `/usr/bin/time`: the Node
	 * process running Astro, or a program it started (Pagefind's indexer) when that one was larger.
	 */
	maxRssBytes: number | null;
	/** Peak RSS of the Node process running Astro alone, or `null` when it did not report it. */
	buildRssBytes: number | null;
	output: OutputSize;
	log: BuildLogTimings;
}

/** The results for one corpus size. */
export interface SizeResult {
	/** Articles generated, drafts included. */
	articles: number;
	corpus: CorpusSummary;
	cold: BuildRun;
	warm: BuildRun[];
	/** Warm builds after one article's body was edited (a different sentence each time). */
	edited: BuildRun[];
	/** The bare-Astro floor on the same articles, built cold (see floor.ts). */
	floor: BuildRun;
	/** Wall time of the warm builds. */
	wallMs: Spread;
	/** Median warm wall time divided by the number of articles. */
	msPerArticle: number;
	/** The largest peak RSS of any process of all Fieldnotes builds of this size, or `null` when not measured. */
	peakRssBytes: number | null;
	/** The largest peak RSS of the Node process of all Fieldnotes builds of this size, or `null`. */
	peakBuildRssBytes: number | null;
	/** Output of the last warm build. */
	output: OutputSize;
}

/** The machine a benchmark ran on. */
export interface MachineInfo {
	cpus: number;
	cpuModel: string;
	totalMemoryBytes: number;
	platform: string;
	nodeVersion: string;
	astroVersion: string;
	/** ISO 8601 start of the benchmark. */
	date: string;
	/** `os.loadavg()` when the benchmark started: other work on the machine skews timings. */
	loadAverage: number[];
	/** How peak RSS was measured, or `null` when it was not. */
	rssTool: string | null;
}

/** The example site (content/) built cold, and the floor on its blog articles. */
export interface ExampleResult {
	cold: BuildRun;
	floor: BuildRun;
}

/** Everything one `npm run bench` measured; written to `.cache/bench/results.json`. */
export interface BenchResults {
	machine: MachineInfo;
	runs: number;
	/** `null` until the example has been built (it is built first). */
	example: ExampleResult | null;
	sizes: SizeResult[];
}

/** Combines the cold build and the measured builds of one size into its result. */
export function summarizeSize({
	corpus,
	cold,
	warm,
	edited,
	floor,
}: {
	corpus: CorpusSummary;
	cold: BuildRun;
	warm: readonly BuildRun[];
	edited: readonly BuildRun[];
	floor: BuildRun;
}): SizeResult {
	const lastWarm = warm.at(-1);
	if (!lastWarm) throw new Error('A benchmark size needs at least one measured build.');
	const wallMs = summarize(warm.map((run) => run.wallMs));
	const largest = (read: (run: BuildRun) => number | null) => {
		const known = [cold, ...warm, ...edited]
			.map(read)
			.filter((bytes): bytes is number => bytes !== null);
		return known.length === 0 ? null : Math.max(...known);
	};
	return {
		articles: corpus.articles,
		corpus,
		cold,
		warm: [...warm],
		edited: [...edited],
		floor,
		wallMs,
		msPerArticle: wallMs.median / corpus.articles,
		peakRssBytes: largest((run) => run.maxRssBytes),
		peakBuildRssBytes: largest((run) => run.buildRssBytes),
		output: lastWarm.output,
	};
}

/** A row of the "where the time goes" table: a label and how to read it from one build. */
export interface Phase {
	label: string;
	read: (run: BuildRun) => number | null;
}

const difference = (total: number | null, ...parts: (number | null)[]): number | null =>
	total === null || parts.some((part) => part === null)
		? null
		: parts.reduce<number>((rest, part) => rest - part!, total);

/**
 * The phases of a build in the order they happen. Top-level rows (no `·`) add up to the wall time;
 * indented rows (`·`) break down the row above them.
 */
export const PHASES: readonly Phase[] = [
	{
		label: 'Node start-up and config loading',
		read: (run) => difference(run.wallMs, run.log.totalMs),
	},
	{ label: 'setup: config, content sync, types', read: (run) => run.log.setupMs },
	{ label: '· content sync and types', read: (run) => run.log.typesMs },
	{ label: 'build: bundle, render, images', read: (run) => run.log.entrypointsMs },
	{
		label: '· bundling (Vite)',
		read: (run) =>
			run.log.bundleMs.length === 0 ? null : run.log.bundleMs.reduce((a, b) => a + b, 0),
	},
	{ label: '· rendering static routes', read: (run) => run.log.staticRoutesMs },
	{ label: '·· article pages (sum)', read: (run) => run.log.routes.articles.ms },
	{ label: '·· feeds (all formats, tags)', read: (run) => run.log.routes.feedsMs },
	{ label: '·· tag pages (sum)', read: (run) => run.log.routes.tags.ms },
	{ label: '·· blog index pages (sum)', read: (run) => run.log.routes.blogIndexes.ms },
	{ label: '·· other pages (sum)', read: (run) => run.log.routes.other.ms },
	{
		label: '·· social cards: drawing on worker threads, alongside (cached: hashing)',
		read: (run) => run.log.socialCards?.drawMs ?? null,
	},
	{ label: '· optimized images', read: (run) => run.log.imagesMs },
	{
		label: 'after build: cards, sitemap, search, links, gz/br',
		read: (run) => difference(run.log.totalMs, run.log.setupMs, run.log.entrypointsMs),
	},
	{
		label: '· after-build pass (reads each file once)',
		read: (run) => run.log.afterBuildPass?.ms ?? null,
	},
	{
		label: '·· social cards: waiting for the last ones drawn',
		read: (run) => run.log.socialCards?.waitMs ?? null,
	},
	{ label: '·· social cards: copying', read: (run) => run.log.socialCards?.copyMs ?? null },
	{ label: '·· search index', read: (run) => run.log.searchIndex?.ms ?? null },
	{ label: '·· link checker (its own busy time)', read: (run) => run.log.linkCheck?.ms ?? null },
	{ label: '·· .gz/.br copies (pass start to last copy)', read: (run) => run.log.precompressMs },
	{ label: 'wall time', read: (run) => run.wallMs },
	{ label: 'CPU time (user + system, all processes)', read: (run) => run.cpuMs },
];

/** The median of a phase over several builds, or `null` when no build's log states it. */
export function medianPhase(phase: Phase, runs: readonly BuildRun[]): number | null {
	return medianOfKnown(runs.map((run) => phase.read(run)));
}
