import { describe, expect, it } from 'vitest';
import { ContentError, DOCTOR_HINT, formatContentProblems } from '@/content-model/content-errors';

describe('formatContentProblems', () => {
	it('lists every problem under its file, files in path order, with the line when known', () => {
		expect(
			formatContentProblems([
				{ file: 'content/blog/b.md', line: 9, message: 'pubDate: is required' },
				{ file: 'content/blog/a.mdx', message: 'the file name gives no URL slug' },
				{ file: 'content/blog/b.md', line: 4, message: 'unknown field `tag`' },
			])
		).toBe(
			[
				'2 content files have problems to fix:',
				'',
				'content/blog/a.mdx',
				'  the file name gives no URL slug',
				'',
				'content/blog/b.md',
				'  line 9: pubDate: is required',
				'  line 4: unknown field `tag`',
			].join('\n')
		);
	});

	it('says "file has" for one file', () => {
		expect(formatContentProblems([{ file: 'x.md', line: 1, message: 'm' }])).toBe(
			'1 content file has problems to fix:\n\nx.md\n  line 1: m'
		);
	});
});

describe('ContentError', () => {
	it('ends with the doctor hint and carries no stack trace for Astro to print', () => {
		const error = new ContentError('1 content file has problems to fix:');
		expect(error.message).toBe(`1 content file has problems to fix:\n\n${DOCTOR_HINT}`);
		expect(DOCTOR_HINT).toBe('run `npm run doctor` to see every problem at once.');
		expect(error.stack).toBe('');
		expect(error.name).toBe('ContentError');
		// Astro adds a hint about browser globals to errors whose text says "window" or "document".
		expect(String(new ContentError('content/blog/windows-tips.md: bad'))).toBe('ContentError');
	});
});
