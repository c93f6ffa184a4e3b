import type { BenchResults, BuildRun, SizeResult } from './results';
import { medianOfKnown, summarize } from './statistics';

/** Fieldnotes' cost of one kind of build beside the floor's on the same articles. */
export interface FloorComparison {
	/** What was built, e.g. `1,000 articles, one article edited`. */
	label: string;
	fieldnotes: Cost;
	floor: Cost;
	/** Fieldnotes' wall time as a multiple of the floor's. */
	wallRatio: number;
	/** Fieldnotes' CPU time as a multiple of the floor's, or `null` when CPU time was not measured. */
	cpuRatio: number | null;
	/** The largest wall-time ratio issue 16 accepts for this kind of build, or `null` for none. */
	goal: number | null;
}

/** Wall and CPU time of a build, or the medians of several. */
export interface Cost {
	wallMs: number;
	cpuMs: number | null;
}

/** How a size's cost per article compares with that of 1,000 articles, and its memory. */
export interface ScalingCheck {
	articles: number;
	/** Cold CPU time per article (wall time where CPU time is unknown) over that at 1,000 articles. */
	perArticleRatio: number;
	/** Peak RSS of the Node process that runs Astro, or `null` when not measured. */
	peakBuildRssBytes: number | null;
}

/** Goals of issue 16, as multiples of the floor's wall time on the same articles. */
export const FLOOR_GOALS = {
	/** The example site, cold: what `npm start` feels like. */
	exampleCold: 4,
	/** A corpus, cold, every feature on and every social card drawn. */
	cold: 1.5,
	/** A corpus after one article's body changed, against the floor's cold build. */
	edited: 0.25,
} as const;

/** The cost per article at a larger size may be at most this multiple of that at 1,000 articles. */
export const SCALING_GOAL = 1.25;
/** The Node process of the largest build must stay below this peak RSS. */
export const BUILD_RSS_GOAL_BYTES = 2 * 2 ** 30;
/** The size the others are compared with. */
const REFERENCE_SIZE = 1000;

/** Every build compared with the floor: the example first, then each size cold, warm and edited. */
export function compareWithFloor(results: BenchResults): FloorComparison[] {
	const rows: FloorComparison[] = [];
	if (results.example) {
		rows.push(
			compare(
				'example site, cold',
				[results.example.cold],
				results.example.floor,
				FLOOR_GOALS.exampleCold
			)
		);
	}
	for (const size of results.sizes) {
		const articles = `${size.articles.toLocaleString('en-US')} articles`;
		rows.push(compare(`${articles}, cold`, [size.cold], size.floor, FLOOR_GOALS.cold));
		rows.push(compare(`${articles}, warm, nothing changed`, size.warm, size.floor, null));
		if (size.edited.length > 0) {
			rows.push(
				compare(`${articles}, one article edited`, size.edited, size.floor, FLOOR_GOALS.edited)
			);
		}
	}
	return rows;
}

/**
 * The cost per article of each size above 1,000 articles against that of 1,000, when both were
 * measured: cold builds, since those do the work for every article.
 */
export function checkScaling(sizes: readonly SizeResult[]): ScalingCheck[] {
	const reference = sizes.find(({ articles }) => articles === REFERENCE_SIZE);
	if (!reference) return [];
	const perArticle = (size: SizeResult) => (size.cold.cpuMs ?? size.cold.wallMs) / size.articles;
	return sizes
		.filter(({ articles }) => articles > REFERENCE_SIZE)
		.map((size) => ({
			articles: size.articles,
			perArticleRatio: perArticle(size) / perArticle(reference),
			peakBuildRssBytes: size.peakBuildRssBytes,
		}));
}

/**
 * Whether a comparison meets its goal by one of its ratios; `null` when it has no goal or that
 * ratio is unknown.
 */
export function isGoalMet(
	comparison: FloorComparison,
	ratio: 'wallRatio' | 'cpuRatio'
): boolean | null {
	const value = comparison[ratio];
	return comparison.goal === null || value === null ? null : value <= comparison.goal;
}

function compare(
	label: string,
	runs: readonly BuildRun[],
	floor: BuildRun,
	goal: number | null
): FloorComparison {
	const fieldnotes = medianCost(runs);
	return {
		label,
		fieldnotes,
		floor: { wallMs: floor.wallMs, cpuMs: floor.cpuMs },
		wallRatio: fieldnotes.wallMs / floor.wallMs,
		cpuRatio:
			fieldnotes.cpuMs === null || floor.cpuMs === null ? null : fieldnotes.cpuMs / floor.cpuMs,
		goal,
	};
}

/** The median wall time and the median CPU time of some builds (of the known ones). */
function medianCost(runs: readonly BuildRun[]): Cost {
	return {
		wallMs: summarize(runs.map(({ wallMs }) => wallMs)).median,
		cpuMs: medianOfKnown(runs.map(({ cpuMs }) => cpuMs)),
	};
}
