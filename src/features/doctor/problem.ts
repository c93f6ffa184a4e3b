import { compareText } from '@/lib/order';

/** How bad a problem is: errors fail `npm run doctor` (and so `npm run check`), warnings do not. */
export type Severity = 'error' | 'warning';

/** Stable identifiers of the doctor's checks, used in `--json` output and by tests. */
export type RuleId =
	| 'schema'
	| 'syntax'
	| 'math'
	| 'diagram'
	| 'missing-image'
	| 'missing-reference'
	| 'duplicate-route'
	| 'broken-link'
	| 'missing-alt'
	| 'tag-spelling'
	| 'heading-level'
	| 'long-description'
	| 'active-content'
	| 'encoding';

/** One finding, pointing at a line of a content file. */
export interface Problem {
	severity: Severity;
	/** Path of the content file, as printed (relative to the working directory). */
	file: string;
	/** 1-based line in the file. */
	line: number;
	rule: RuleId;
	message: string;
}

/** Orders problems by file, then line, then rule, then message, so every run prints the same list. */
export function compareProblems(a: Problem, b: Problem): number {
	return (
		compareText(a.file, b.file) ||
		a.line - b.line ||
		compareText(a.rule, b.rule) ||
		compareText(a.message, b.message)
	);
}
