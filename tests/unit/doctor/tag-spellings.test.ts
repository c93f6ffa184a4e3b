import { describe, expect, it } from 'vitest';
import { checkTagSpellings, getTagSpellingKey } from '@/features/doctor/tag-spellings';
import { makeSummary } from './summaries';

const tag = (value: string, line = 5) => ({ value, line });

describe('getTagSpellingKey', () => {
	it('ignores case and spacing', () => {
		expect(new Set(['TypeScript', 'typescript', 'Type Script', 'type  script']).size).toBe(4);
		expect(
			new Set(['TypeScript', 'typescript', 'Type Script', 'type  script'].map(getTagSpellingKey))
				.size
		).toBe(1);
	});
});

describe('checkTagSpellings', () => {
	it('accepts a tag spelt the same way everywhere', () => {
		expect(
			checkTagSpellings([
				makeSummary({ id: 'a', tags: [tag('astro')] }),
				makeSummary({ id: 'b', tags: [tag('astro')] }),
			])
		).toEqual([]);
	});

	it('warns once per tag, listing each spelling and suggesting the most used', () => {
		const problems = checkTagSpellings([
			makeSummary({ id: 'a', tags: [tag('typescript', 4)] }),
			makeSummary({ id: 'b', tags: [tag('TypeScript', 6)] }),
			makeSummary({ id: 'c', tags: [tag('typescript', 5), tag('Type Script', 7)] }),
		]);
		expect(problems).toEqual([
			{
				severity: 'warning',
				file: 'blog/b.md',
				line: 6,
				rule: 'tag-spelling',
				message:
					'tag written 3 ways: "typescript" (blog/a.md:4, blog/c.md:5), "TypeScript" (blog/b.md:6), "Type Script" (blog/c.md:7); use "typescript", the most used',
			},
		]);
	});

	it('on a tie, prefers a spelling that shares the most used tag URL', () => {
		const [problem] = checkTagSpellings([
			makeSummary({ id: 'a', tags: [tag('Type Script')] }),
			makeSummary({ id: 'b', tags: [tag('TypeScript')] }),
			makeSummary({ id: 'c', tags: [tag('typescript')] }),
		]);
		expect(problem?.message).toMatch(/; use "TypeScript"$/);
		expect(problem?.file).toBe('blog/a.md');
	});
});
