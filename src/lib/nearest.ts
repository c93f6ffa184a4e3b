import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `target` by edit distance, when it is close enough to be the likely
 * intended one: at most a third of the characters differ (at least 2 allowed). A far candidate is
 * no suggestion at all; "did you mean /blog/same/?" for `/blog/nope/` only misleads.
 */
export function suggestNearest(target: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0) return undefined;
	const nearest = closest(target, [...candidates]);
	return distance(target, nearest) <= Math.max(2, Math.floor(target.length / 3))
		? nearest
		: undefined;
}
