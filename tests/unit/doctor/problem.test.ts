import { describe, expect, it } from 'vitest';
import { compareProblems, type Problem } from '@/features/doctor/problem';

const problem = (file: string, line: number, rule: Problem['rule']): Problem => ({
	severity: 'error',
	file,
	line,
	rule,
	message: '',
});

describe('compareProblems', () => {
	it('orders by file, then line, then rule', () => {
		const sorted = [
			problem('b.md', 1, 'schema'),
			problem('a.md', 9, 'broken-link'),
			problem('a.md', 2, 'schema'),
			problem('a.md', 2, 'broken-link'),
		].sort(compareProblems);
		expect(sorted.map(({ file, line, rule }) => `${file}:${line} ${rule}`)).toEqual([
			'a.md:2 broken-link',
			'a.md:2 schema',
			'a.md:9 broken-link',
			'b.md:1 schema',
		]);
	});
});
