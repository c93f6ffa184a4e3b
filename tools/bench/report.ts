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

/** The "where the time goes" table: one row per phase, a cold and a warm column per size. */
export function formatPhaseTable(sizes: readonly SizeResult[]): string {
	return formatMarkdownTable(
		[
			'phase',
			...sizes.flatMap((size) => {
				const articles = size.articles.toLocaleString('en-US');
				return [`${articles} cold`, `${articles} warm`];
			}),
		],
		PHASES.map((phase) => [
			phase.label,
			...sizes.flatMap((size) => [
				formatDuration(phase.read(size.cold)),
				formatDuration(medianPhase(phase, size.warm)),
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
			`${last.log.copiedRoutes.toLocaleString('en-US')} of ${last.output.pages.toLocaleString('en-US')} pages copied from the previous build`,
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
	return [
		`Machine: ${machine.cpus} × ${machine.cpuModel}, ${memory} RAM, ${machine.platform}, Node ${machine.nodeVersion}, Astro ${machine.astroVersion}; ${date}, load average ${load} (1/5/15 min) at the start.`,
		'',
		`Each size: one cold build (Astro's cache for that corpus cleared first), then ${results.runs} warm build${results.runs === 1 ? '' : 's'} with no content change. Wall times, per article and the warm columns below are the warm builds; peak RSS is the largest of any build: of the Node process that runs Astro, and of any process (Pagefind's indexer, which the build starts, is larger than Node at 10,000 articles).`,
		'',
		formatSummaryTable(results.sizes),
		'',
		`Where the time goes (from the Astro build log; warm = median of ${results.runs}):`,
		'',
		formatPhaseTable(results.sizes),
		'',
		...listReuse(results.sizes).map((line) => `- ${line}`),
		...(caveats.length === 0 ? [] : ['', ...caveats.map((caveat) => `- ${caveat}`)]),
		'',
	].join('\n');
}
