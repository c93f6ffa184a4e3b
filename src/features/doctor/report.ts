import type { Problem } from './problem';
import type { DoctorReport } from './run-doctor';

/** A problem as `--json` prints it. */
export interface JsonProblem {
	file: string;
	line: number;
	rule: Problem['rule'];
	message: string;
}

/** The `--json` document: `{ errors, warnings, files }`. */
export interface JsonReport {
	errors: JsonProblem[];
	warnings: JsonProblem[];
	files: number;
}

/** The report as one JSON-serialisable object, without the severity repeated on each problem. */
export function toJsonReport({ errors, warnings, files }: DoctorReport): JsonReport {
	const toJson = ({ file, line, rule, message }: Problem): JsonProblem => ({
		file,
		line,
		rule,
		message,
	});
	return { errors: errors.map(toJson), warnings: warnings.map(toJson), files };
}

/**
 * The report for people: errors, then warnings, each under a header and one per line as
 * `file:line  severity  message`, then a summary line such as `2 errors, 1 warning in 9 files`.
 */
export function formatReport({ errors, warnings, files }: DoctorReport): string {
	const sections = [
		{ title: 'Errors', problems: errors },
		{ title: 'Warnings', problems: warnings },
	]
		.filter(({ problems }) => problems.length > 0)
		.map(({ title, problems }) =>
			[
				`${title} (${problems.length}):`,
				...problems.map(
					({ file, line, severity, message }) => `${file}:${line}  ${severity}  ${message}`
				),
			].join('\n')
		);
	const summary = `${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} in ${count(files, 'file')}`;
	return [...sections, summary].join('\n\n') + '\n';
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
