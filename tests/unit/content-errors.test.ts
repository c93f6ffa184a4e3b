import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import {
	ContentError,
	DOCTOR_HINT,
	failBuild,
	formatContentProblems,
} from '@/content-model/content-errors';

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

	it('orders files by path whatever order their problems come in', () => {
		const files = [
			'content/pages/about.mdx',
			'content/blog/b.md',
			'content/authors/me.yaml',
			'content/blog/a.md',
		];
		expect(
			formatContentProblems(files.map((file) => ({ file, message: 'm' })))
				.split('\n')
				.filter((line) => line.startsWith('content/'))
		).toEqual([
			'content/authors/me.yaml',
			'content/blog/a.md',
			'content/blog/b.md',
			'content/pages/about.mdx',
		]);
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

describe('failBuild', () => {
	it('logs the message with the doctor hint as an error and exits with status 1', () => {
		const errors: string[] = [];
		const logger = {
			error: (message: string) => errors.push(message),
		} as unknown as AstroIntegrationLogger;
		const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${String(code)}`);
		});
		try {
			expect(() => failBuild(logger, '1 page has broken links:')).toThrow('exit 1');
		} finally {
			exit.mockRestore();
		}
		expect(errors).toEqual([
			'1 page has broken links:\n\nrun `npm run doctor` to see every problem at once.',
		]);
	});
});
