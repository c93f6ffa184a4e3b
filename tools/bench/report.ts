import {
	BUILD_RSS_GOAL_BYTES,
	checkScaling,
	compareWithFloor,
	isGoalMet,
	SCALING_GOAL,
	type FloorComparison,
} from './ratios';
import { PHASES, medianPhase, type BenchResults, type SizeResult } from './results';

/** `46 ms` below a second, `3.20 s` from there on; `–` when the value is unknown. */
export function formatDuration(ms: number | null): string {
	if (ms === null) return '–';
	return Math.abs(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Bytes in MiB with one decimal, from 1 GiB on in GiB with two; `–` when unknown. */
export function formatBytes(bytes: number | null): string {
	if (bytes === null) return '–';
	return bytes < 2 ** 30
		? `${(bytes / 2 ** 20).toFixed(1)} MiB`
		: `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

/**
 * A Markdown table with every column padded to its widest cell, the way Prettier writes it, so a
 * table pasted into the README stays as it is under `npm run format`.
 */
export function formatMarkdownTable(header: readonly string[], rows: readonly string[][]): string {
	const widths = header.map((title, column) =>
		Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (cells: readonly string[]) =>
		`| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
		'\n'
	);
}

/** The summary table: one row per corpus size. */
export function formatSummaryTable(sizes: readonly SizeResult[]): string {
	return formatMarkdownTable(
		[
			'articles',
			'cold build',
			'warm median',
			'warm min–max',
			'per article',
			'peak RSS, Node',
			'peak RSS, any process',
			'pages',
			'output',
		],
		sizes.map((size) => [
			size.articles.toLocaleString('en-US'),
			formatDuration(size.cold.wallMs),
			formatDuration(size.wallMs.median),
			`${formatDuration(size.wallMs.min)} – ${formatDuration(size.wallMs.max)}`,
			`${size.msPerArticle.toFixed(1)} ms`,
			formatBytes(size.peakBuildRssBytes),
			formatBytes(size.peakRssBytes),
			size.output.pages.toLocaleString('en-US'),
			formatBytes(size.output.bytes),
		])
	);
}

/** A multiple of the floor with two decimals, e.g. `1.25×`; `–` when unknown. */
export function formatRatio(ratio: number | null): string {
	return ratio === null ? '–' : `${ratio.toFixed(2)}×`;
}

/**
 * The table of Fieldnotes against the bare-Astro floor on the same articles: wall and CPU time of
 * each, their ratios, and the goal with whether the wall and the CPU ratio meet it.
 */
export function formatFloorTable(comparisons: readonly FloorComparison[]): string {
	const mark = (met: boolean | null) => (met === null ? '–' : met ? 'yes' : 'no');
	return formatMarkdownTable(
		[
			'build',
			'Fieldnotes wall',
			'floor wall',
			'wall ratio',
			'Fieldnotes CPU',
			'floor CPU',
			'CPU ratio',
			'goal',
			'met (wall / CPU)',
		],
		comparisons.map((comparison) => [
			comparison.label,
			formatDuration(comparison.fieldnotes.wallMs),
			formatDuration(comparison.floor.wallMs),
			formatRatio(comparison.wallRatio),
			formatDuration(comparison.fieldnotes.cpuMs),
			formatDuration(comparison.floor.cpuMs),
			formatRatio(comparison.cpuRatio),
			comparison.goal === null ? '–' : `≤ ${comparison.goal}×`,
			comparison.goal === null
				? '–'
				: `${mark(isGoalMet(comparison, 'wallRatio'))} / ${mark(isGoalMet(comparison, 'cpuRatio'))}`,
		])
	);
}

/** One sentence per size above 1,000 articles: its cost per article against 1,000's, and its memory. */
export function listScaling(sizes: readonly SizeResult[]): string[] {
	return checkScaling(sizes).map(({ articles, perArticleRatio, peakBuildRssBytes }) => {
		const memory =
			peakBuildRssBytes === null
				? 'the peak RSS of Node was not measured'
				: `Node's peak RSS ${formatBytes(peakBuildRssBytes)} (goal under ${formatBytes(BUILD_RSS_GOAL_BYTES)}: ${peakBuildRssBytes < BUILD_RSS_GOAL_BYTES ? 'met' : 'not met'})`;
		return `${articles.toLocaleString('en-US')} articles: a cold build costs ${formatRatio(perArticleRatio)} per article what 1,000 articles cost (goal ≤ ${SCALING_GOAL}×: ${perArticleRatio <= SCALING_GOAL ? 'met' : 'not met'}); ${memory}.`;
	});
}

/** The "where the time goes" table: one row per phase, a cold, a warm and an edited column per size. */
export function formatPhaseTable(sizes: readonly SizeResult[]): string {
	return formatMarkdownTable(
		[
			'phase',
			...sizes.flatMap((size) => {
				const articles = size.articles.toLocaleString('en-US');
				return [`${articles} cold`, `${articles} warm`, `${articles} edited`];
			}),
		],
		PHASES.map((phase) => [
			phase.label,
			...sizes.flatMap((size) => [
				formatDuration(phase.read(size.cold)),
				formatDuration(medianPhase(phase, size.warm)),
				formatDuration(medianPhase(phase, size.edited)),
			]),
		])
	);
}

/**
 * What the warm builds took from the last build instead of redoing, one sentence per size: pages
 * copied by Astro's incremental build, social cards, the search index.
 */
export function listReuse(sizes: readonly SizeResult[]): string[] {
	return sizes.flatMap(({ articles, warm }) => {
		const last = warm.at(-1);
		if (!last) return [];
		const parts = [
			`${last.log.copiedRoutes.toLocaleString('en-US')} route${last.log.copiedRoutes === 1 ? '' : 's'} (pages and feeds) copied from the previous build, of ${last.output.pages.toLocaleString('en-US')} pages`,
		];
		const cards = last.log.socialCards;
		if (cards)
			parts.push(
				`${cards.reused.toLocaleString('en-US')} social cards reused and ${cards.rendered.toLocaleString('en-US')} drawn`
			);
		if (last.log.searchIndex)
			parts.push(`the search index ${last.log.searchIndex.isReused ? 'copied' : 'built anew'}`);
		return [`${articles.toLocaleString('en-US')} articles, last warm build: ${parts.join(', ')}.`];
	});
}

/** Things in the measurements that make them less comparable, one sentence each. */
export function listCaveats(results: BenchResults): string[] {
	const caveats: string[] = [];
	if (results.machine.rssTool === null) {
		caveats.push(
			'The peak RSS of the largest process was not measured: /usr/bin/time (GNU time) is missing, and Node cannot read it for a child process tree.'
		);
	}
	for (const size of results.sizes) {
		const articles = size.articles.toLocaleString('en-US');
		const cleared = size.warm.filter((run) => run.log.hasClearedContentCache);
		if (cleared.length > 0) {
			caveats.push(
				`${articles} articles: ${cleared.map((run) => run.label).join(', ')} cleared the content cache (code under src/ changed during the benchmark), so ${cleared.length === 1 ? 'it was' : 'they were'} not a warm build.`
			);
		}
		const reoptimized = size.warm.filter((run) => run.log.hasReoptimizedDependencies);
		if (reoptimized.length > 0) {
			caveats.push(
				`${articles} articles: Vite re-optimised its dependencies in ${reoptimized.map((run) => run.label).join(', ')} (node_modules/.vite is shared with every other build of the project).`
			);
		}
		const pageCounts = new Set([size.cold, ...size.warm].map((run) => run.output.pages));
		if (pageCounts.size > 1) {
			caveats.push(
				`${articles} articles: the builds wrote different numbers of pages (${[...pageCounts].join(', ')}).`
			);
		}
	}
	return caveats;
}

/** The whole report printed by `npm run bench` and written to `.cache/bench/results.md`. */
export function formatResultsMarkdown(results: BenchResults): string {
	const { machine } = results;
	const memory = `${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB`;
	const date = `${machine.date.slice(0, 10)} ${machine.date.slice(11, 16)} UTC`;
	const load = machine.loadAverage.map((value) => value.toFixed(2)).join(' / ');
	const caveats = listCaveats(results);
	const scaling = listScaling(results.sizes);
	return [
		`Machine: ${machine.cpus} × ${machine.cpuModel}, ${memory} RAM, ${machine.platform}, Node ${machine.nodeVersion}, Astro ${machine.astroVersion}; ${date}, load average ${load} (1/5/15 min) at the start.`,
		'',
		`Against the bare-Astro floor: Astro and @astrojs/mdx building the same published articles, one page each with \`<Content />\` and nothing else, cold, in the same run. The floor of the example site is built from its blog articles. Ratios hold on a busy machine where seconds do not; goals are those of issue 16, judged on the wall ratio (CPU time is user plus system of every process of the build). Warm and edited rows are medians of ${results.runs} build${results.runs === 1 ? '' : 's'}; an edited build follows a change to one article's body.`,
		'',
		formatFloorTable(compareWithFloor(results)),
		...(scaling.length === 0 ? [] : ['', ...scaling.map((line) => `- ${line}`)]),
		'',
		`Each size: one cold build (Astro's cache for that corpus cleared first), then ${results.runs} warm build${results.runs === 1 ? '' : 's'} with no content change. Wall times, per article and the warm columns below are the warm builds; peak RSS is the largest of any build: of the Node process that runs Astro, and of any process (Pagefind's indexer, which the build starts, is larger than Node at 10,000 articles).`,
		'',
		formatSummaryTable(results.sizes),
		'',
		`Where the time goes (from the Astro build log; warm and edited = medians of ${results.runs}):`,
		'',
		formatPhaseTable(results.sizes),
		'',
		...listReuse(results.sizes).map((line) => `- ${line}`),
		...(caveats.length === 0 ? [] : ['', ...caveats.map((caveat) => `- ${caveat}`)]),
		'',
	].join('\n');
}
