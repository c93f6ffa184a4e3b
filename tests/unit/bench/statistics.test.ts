import { describe, expect, it } from 'vitest';
import { medianOfKnown, summarize } from '../../../tools/bench/statistics';

describe('summarize', () => {
	it('gives the middle value of an odd count and the extremes, whatever the order', () => {
		expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
	});

	it('gives the mean of the two middle values of an even count', () => {
		expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
	});

	it('summarises a single measurement as itself', () => {
		expect(summarize([7])).toEqual({ median: 7, min: 7, max: 7 });
	});

	it('refuses an empty list', () => {
		expect(() => summarize([])).toThrow('Cannot summarise an empty list of measurements.');
	});
});

describe('medianOfKnown', () => {
	it('ignores unknown values and is unknown when every value is', () => {
		expect(medianOfKnown([null, 3, 1])).toBe(2);
		expect(medianOfKnown([null, null])).toBeNull();
	});
});
