import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files (about 120, 50 and 40 s of one worker): started first, so that neither
 * worker ends the run alone on one. A file missing here only costs time, never a result.
 */
const LONGEST = [
	'tests/build/warm-equals-clean.test.ts',
	'tests/browser/accessibility.test.ts',
	'tests/build/invalid-content.test.ts',
];

/** A test file that runs Astro in the checkout, and so takes turns with the others that do. */
const TAKES_CHECKOUT = /\b(?:runAstroBuild|startAstroDev|lockCheckout|withCheckout)\b/;

/**
 * Vitest's order (the longest first, by the last run's durations, or by size on a fresh clone),
 * with the longest files first and the files that take the checkout lock (checkout-lock.ts)
 * alternating with the others: run side by side, two of them left one core idle for 44 s.
 */
export default class TestOrder extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) =>
			LONGEST.findIndex((path) => spec.moduleId.endsWith(path));
		const first = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
		const rest = sorted.filter((spec) => rank(spec) < 0);
		const locking = rest.filter((spec) => TAKES_CHECKOUT.test(readFileSync(spec.moduleId, 'utf8')));
		const free = rest.filter((spec) => !locking.includes(spec));
		// Alternately one that takes the checkout and one that does not: while one worker builds,
		// the other has a browser test or a reader of the built sites to run.
		const alternating = locking.flatMap((spec, index) => [spec, ...free.slice(index, index + 1)]);
		return [...first, ...alternating, ...free.slice(locking.length)];
	}
}
