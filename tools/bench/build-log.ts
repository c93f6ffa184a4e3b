import { stripVTControlCharacters } from 'node:util';

/** The summed render time of one kind of route in "generating static routes". */
export interface RouteGroup {
	/** Routes of this kind. */
	count: number;
	/** The sum of their `(+Xms)` times. */
	ms: number;
}

/** One route and its render time. */
export interface RouteTiming {
	path: string;
	ms: number;
}

/** Per-route render times from "generating static routes", grouped by kind of page. */
export interface RouteTimings {
	/** `/blog/<slug>/index.html`. */
	articles: RouteGroup;
	/** `/blog/index.html`, `/blog/2/index.html` … */
	blogIndexes: RouteGroup;
	/** `/tags/index.html`, `/tags/<tag>/…`. */
	tags: RouteGroup;
	/**
	 * Every feed route together (RSS, Atom, JSON Feed, the tag feeds and their stylesheet), or
	 * `null` when the log has none: whichever renders first pays for rendering the articles, which
	 * all feeds share.
	 */
	feedsMs: number | null;
	/** Every other route: `/`, `/404.html`, `/robots.txt`, alias redirects … */
	other: RouteGroup;
	/** The three slowest routes, slowest first. */
	slowest: RouteTiming[];
}

/** The durations an `astro build` log states, in milliseconds; `null` where the log has no such line. */
export interface BuildLogTimings {
	/**
	 * "Collecting build info… ✓ Completed in": Astro times this from the start of the build, so it
	 * covers loading the config, syncing content and generating types.
	 */
	setupMs: number | null;
	/** `[types] Generated Xs`: content sync and type generation. */
	typesMs: number | null;
	/** Each `[vite] ✓ built in` of the bundling step, in log order (server, then client). */
	bundleMs: number[];
	/** "generating static routes … ✓ Completed in": rendering every page. */
	staticRoutesMs: number | null;
	/** Per-route times inside "generating static routes". */
	routes: RouteTimings;
	/** "generating optimized images … ✓ Completed in". */
	imagesMs: number | null;
	/** "Building static entrypoints… ✓ Completed in": bundling, static routes and images together. */
	entrypointsMs: number | null;
	/**
	 * `[fieldnotes:after-build] after-build pass: N of M files read once (X MiB) in Y ms`: the one
	 * pass over the output (src/build/after-build.ts) that the steps below share.
	 */
	afterBuildPass: { ms: number; filesRead: number; files: number } | null;
	/**
	 * `[fieldnotes:link-checker] N links on M pages checked in X ms`: the checker's own busy time
	 * within the pass (parsing pages and checking links), not the pass it shares.
	 */
	linkCheck: { ms: number; links: number; pages: number } | null;
	/**
	 * `[fieldnotes:social-cards] social cards: N rendered, M reused (X ms on W worker threads, Z ms
	 * of it after the pages; K copied into the output in Y ms …)`: drawing on worker threads (or
	 * hashing, when every card is cached) while routes render, the part of it the build waited for
	 * after rendering, then copying into the output.
	 */
	socialCards: {
		rendered: number;
		reused: number;
		drawMs: number;
		waitMs: number;
		copyMs: number;
	} | null;
	/** `[fieldnotes:search-index] search index: … in X ms`, and whether the last build's index was copied. */
	searchIndex: { ms: number; isReused: boolean } | null;
	/**
	 * `[fieldnotes:precompress] N files compressed in X ms`: from the start of the pass to the last
	 * copy, so it covers the pass (compression runs while the other steps read the same files).
	 */
	precompressMs: number | null;
	/** Routes Astro's incremental build copied from the last build instead of rendering: `(restored)`, `(cached)`. */
	copiedRoutes: number;
	/** `[build] N page(s) built in Xs`: the page count. */
	pagesBuilt: number | null;
	/** `[build] N page(s) built in Xs`: Astro's own total, without Node start-up and config bundling. */
	totalMs: number | null;
	/** Vite re-bundled its dependency cache (`node_modules/.vite`, shared by every build of the project). */
	hasReoptimizedDependencies: boolean;
	/** The content cache guard threw away the content data store (code under src/lib etc. changed). */
	hasClearedContentCache: boolean;
}

type Phase = 'setup' | 'entrypoints' | 'staticRoutes' | 'images';

const PHASE_STARTS: readonly [RegExp, Phase][] = [
	[/\[build\] Collecting build info\.\.\./, 'setup'],
	[/\[build\] Building \w+ entrypoints\.\.\./, 'entrypoints'],
	[/^\s*(?:generating|prerendering) static routes\s*$/, 'staticRoutes'],
	[/^\s*generating optimized images\s*$/, 'images'],
];
const PHASE_FIELDS = {
	setup: 'setupMs',
	entrypoints: 'entrypointsMs',
	staticRoutes: 'staticRoutesMs',
	images: 'imagesMs',
} as const;
const TIMESTAMP = /^\d{2}:\d{2}:\d{2} /;
const DURATION = String.raw`\d+(?:\.\d+)?m?s|\d+m \d+s`;
const COMPLETED = new RegExp(String.raw`✓ Completed in (${DURATION})\.\s*$`);
const ROUTE = new RegExp(String.raw`^\s*[├└]─ (\S+) .*?\(\+(${DURATION})\)\s*$`);
const VITE_BUILT = new RegExp(String.raw`^\[vite\] ✓ built in (${DURATION})\s*$`);
const TYPES = new RegExp(String.raw`^\[types\] Generated (${DURATION})\s*$`);
const PAGES_BUILT = new RegExp(String.raw`^\[build\] (\d+) page\(s\) built in (${DURATION})\s*$`);
const AFTER_BUILD_PASS =
	/^\[fieldnotes:after-build\] after-build pass: (\d+) of (\d+) files read once \([\d.]+ MiB\) in (\d+) ms/;
const LINK_CHECK = /^\[fieldnotes:link-checker\] (\d+) links on (\d+) pages checked in (\d+) ms/;
const SOCIAL_CARDS =
	/^\[fieldnotes:social-cards\] social cards: (\d+) rendered, (\d+) reused \((\d+) ms on \d+ worker threads?, (\d+) ms of it after the pages; \d+ copied into the output in (\d+) ms/;
const SEARCH_INDEX =
	/^\[fieldnotes:search-index\] search index: .* in (\d+) ms(, copied from the last build)?/;
const PRECOMPRESS = /^\[fieldnotes:precompress\] \d+ files? compressed in (\d+) ms/;
const COPIED_ROUTE = /^\s*[├└]─ \S+ \((?:restored|cached)\)\s*$/;

/**
 * Reads the phase timings from the output of `astro build` run with NO_COLOR=1. Astro states each
 * phase as "✓ Completed in" after the line that starts it, and phases nest (static routes and
 * images run inside "Building static entrypoints"), so a stack pairs each completion with its start.
 */
export function parseBuildLog(log: string): BuildLogTimings {
	const timings: BuildLogTimings = {
		setupMs: null,
		typesMs: null,
		bundleMs: [],
		staticRoutesMs: null,
		routes: emptyRouteTimings(),
		imagesMs: null,
		entrypointsMs: null,
		afterBuildPass: null,
		linkCheck: null,
		socialCards: null,
		searchIndex: null,
		precompressMs: null,
		copiedRoutes: 0,
		pagesBuilt: null,
		totalMs: null,
		hasReoptimizedDependencies: false,
		hasClearedContentCache: false,
	};
	const open: Phase[] = [];
	const routes: RouteTiming[] = [];
	for (const rawLine of stripVTControlCharacters(log).split(/\r?\n/)) {
		const line = rawLine.replace(TIMESTAMP, '');
		const start = PHASE_STARTS.find(([pattern]) => pattern.test(line));
		if (start) {
			open.push(start[1]);
			continue;
		}
		const completed = COMPLETED.exec(line);
		if (completed) {
			const phase = open.pop();
			if (phase) timings[PHASE_FIELDS[phase]] = parseDuration(completed[1]!);
			continue;
		}
		const route = ROUTE.exec(line);
		if (route) {
			routes.push({ path: route[1]!, ms: parseDuration(route[2]!) });
			continue;
		}
		const viteBuilt = VITE_BUILT.exec(line);
		if (viteBuilt) timings.bundleMs.push(parseDuration(viteBuilt[1]!));
		const types = TYPES.exec(line);
		if (types) timings.typesMs = parseDuration(types[1]!);
		const pagesBuilt = PAGES_BUILT.exec(line);
		if (pagesBuilt) {
			timings.pagesBuilt = Number(pagesBuilt[1]);
			timings.totalMs = parseDuration(pagesBuilt[2]!);
		}
		if (COPIED_ROUTE.test(line)) timings.copiedRoutes += 1;
		const socialCards = SOCIAL_CARDS.exec(line);
		if (socialCards) {
			timings.socialCards = {
				rendered: Number(socialCards[1]),
				reused: Number(socialCards[2]),
				drawMs: Number(socialCards[3]),
				waitMs: Number(socialCards[4]),
				copyMs: Number(socialCards[5]),
			};
		}
		const searchIndex = SEARCH_INDEX.exec(line);
		if (searchIndex)
			timings.searchIndex = { ms: Number(searchIndex[1]), isReused: !!searchIndex[2] };
		const precompress = PRECOMPRESS.exec(line);
		if (precompress) timings.precompressMs = Number(precompress[1]);
		const pass = AFTER_BUILD_PASS.exec(line);
		if (pass) {
			timings.afterBuildPass = {
				filesRead: Number(pass[1]),
				files: Number(pass[2]),
				ms: Number(pass[3]),
			};
		}
		const linkCheck = LINK_CHECK.exec(line);
		if (linkCheck) {
			timings.linkCheck = {
				links: Number(linkCheck[1]),
				pages: Number(linkCheck[2]),
				ms: Number(linkCheck[3]),
			};
		}
		if (line.includes('[vite] Re-optimizing dependencies'))
			timings.hasReoptimizedDependencies = true;
		if (line.includes('clearing the content cache')) timings.hasClearedContentCache = true;
	}
	timings.routes = groupRoutes(routes);
	return timings;
}

const FEED_ROUTE = /^\/(?:rss\.xml|atom\.xml|feed\.json|rss\.xsl|tags\/[^/]+\/rss\.xml)$/;

/** Sorts per-route times into articles, blog indexes, tag pages, the feeds and the rest. */
export function groupRoutes(routes: readonly RouteTiming[]): RouteTimings {
	const grouped = emptyRouteTimings();
	for (const { path, ms } of routes) {
		if (FEED_ROUTE.test(path)) {
			grouped.feedsMs = (grouped.feedsMs ?? 0) + ms;
			continue;
		}
		const group = /^\/blog\/(?:\d+\/)?index\.html$/.test(path)
			? grouped.blogIndexes
			: /^\/blog\/[^/]+\/index\.html$/.test(path)
				? grouped.articles
				: path.startsWith('/tags/')
					? grouped.tags
					: grouped.other;
		group.count += 1;
		group.ms += ms;
	}
	// Ties go to the path, so two logs with equal times give the same list.
	grouped.slowest = [...routes]
		.sort((a, b) => b.ms - a.ms || a.path.localeCompare(b.path))
		.slice(0, 3);
	return grouped;
}

/**
 * Converts a duration as Astro prints it (`46ms`, `3.20s`, `1m 5s`) to milliseconds.
 * @throws for any other shape, so a change in Astro's log format is noticed rather than read as 0
 */
export function parseDuration(text: string): number {
	const minutes = /^(\d+)m (\d+)s$/.exec(text);
	if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
	const milliseconds = /^(\d+(?:\.\d+)?)ms$/.exec(text);
	if (milliseconds) return Number(milliseconds[1]);
	const seconds = /^(\d+(?:\.\d+)?)s$/.exec(text);
	if (seconds) return Math.round(Number(seconds[1]) * 1000);
	throw new Error(`Unrecognised duration "${text}": expected e.g. 46ms, 3.20s or 1m 5s.`);
}

function emptyRouteTimings(): RouteTimings {
	return {
		articles: { count: 0, ms: 0 },
		blogIndexes: { count: 0, ms: 0 },
		tags: { count: 0, ms: 0 },
		feedsMs: null,
		other: { count: 0, ms: 0 },
		slowest: [],
	};
}
