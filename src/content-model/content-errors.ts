import type { AstroIntegrationLogger } from 'astro';

/** The last line of every content error the build prints. */
export const DOCTOR_HINT = 'run `npm run doctor` to see every problem at once.';

/** A problem with one content file, as the build prints it. */
export interface ContentProblem {
	/** The file, as printed (relative to the working folder). */
	file: string;
	/** The line it is on, when known. */
	line?: number | undefined;
	message: string;
}

/**
 * Content the author must fix: Astro prints it as its message alone, ending with the doctor hint.
 * A stack trace is for crashes; under a list of bad files it only reads like one.
 */
export class ContentError extends Error {
	constructor(message: string) {
		super(`${message}\n\n${DOCTOR_HINT}`);
		this.name = 'ContentError';
		// Astro prints "Stack trace:" for any error with a stack, and none without one.
		this.stack = '';
	}

	/**
	 * Astro adds a hint about browser APIs to an error whose text mentions "document" or "window";
	 * a file named `windows-tips.md` would get it.
	 */
	override toString(): string {
		return this.name;
	}
}

/**
 * One message listing every problem, grouped by file in path order:
 * `<file>` then `  line 9: <message>` (or `  <message>` without a line) for each problem.
 */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
	const byFile = Map.groupBy(problems, ({ file }) => file);
	const files = [...byFile.keys()].sort();
	const blocks = files.map((file) =>
		[
			file,
			...byFile
				.get(file)!
				.map(({ line, message }) =>
					line === undefined ? `  ${message}` : `  line ${line}: ${message}`
				),
		].join('\n')
	);
	const count = `${files.length} content file${files.length === 1 ? ' has' : 's have'}`;
	return `${count} problems to fix:\n\n${blocks.join('\n\n')}`;
}

/**
 * Ends a build whose output is written but whose content is wrong (broken links): logs the list
 * and the doctor hint, and exits with status 1. Throwing from an `astro:build:done` hook would add
 * Astro's "An unhandled error occurred while running the hook" and a stack trace; logging and
 * setting `process.exitCode` would not fail the build, as Astro's CLI exits with `process.exit(0)`.
 */
export function failBuild(logger: AstroIntegrationLogger, message: string): never {
	logger.error(`${message}\n\n${DOCTOR_HINT}`);
	process.exit(1);
}
