import { describe, expect, it } from 'vitest';
import type { Problem } from '@/features/doctor/problem';
import { formatReport, toJsonReport } from '@/features/doctor/report';

const error: Problem = {
	severity: 'error',
	file: 'content/blog/x.mdx',
	line: 12,
	rule: 'broken-link',
	message: 'links to /blog/old-name/, which does not exist (did you mean /blog/new-name/?)',
};
const warning: Problem = {
	severity: 'warning',
	file: 'content/blog/a.md',
	line: 3,
	rule: 'long-description',
	message: 'description is 170 characters: search results cut it off after about 160',
};

describe('formatReport', () => {
	it('lists errors, then warnings, then the summary line', () => {
		expect(formatReport({ errors: [error], warnings: [warning], files: 9 })).toBe(
			[
				'Errors (1):',
				'content/blog/x.mdx:12  error  links to /blog/old-name/, which does not exist (did you mean /blog/new-name/?)',
				'',
				'Warnings (1):',
				'content/blog/a.md:3  warning  description is 170 characters: search results cut it off after about 160',
				'',
				'1 error, 1 warning in 9 files',
				'',
			].join('\n')
		);
	});

	it('prints only the summary when there is nothing to report', () => {
		expect(formatReport({ errors: [], warnings: [], files: 1 })).toBe(
			'0 errors, 0 warnings in 1 file\n'
		);
	});
});

describe('toJsonReport', () => {
	it('keeps file, line, rule and message of each problem', () => {
		expect(toJsonReport({ errors: [error], warnings: [], files: 2 })).toEqual({
			errors: [{ file: error.file, line: error.line, rule: error.rule, message: error.message }],
			warnings: [],
			files: 2,
		});
	});
});
