/** The median, smallest and largest of a set of measurements. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/**
 * Summarises measurements. The median of an even count is the mean of the two middle values.
 * @throws when there are no measurements, since a median of nothing would be a made-up number
 */
export function summarize(values: readonly number[]): Spread {
	if (values.length === 0) throw new Error('Cannot summarise an empty list of measurements.');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** The median of the values that are known, or `null` when none is. */
export function medianOfKnown(values: readonly (number | null)[]): number | null {
	const known = values.filter((value): value is number => value !== null);
	return known.length === 0 ? null : summarize(known).median;
}
