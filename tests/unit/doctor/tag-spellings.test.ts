import { describe, expect, it } from 'vitest';
import { checkTagSpellings, getTagSpellingKey } from '@/features/doctor/tag-spellings';
import { makeSummary } from './summaries';

const tag = (value: string, line = 5) => ({ value, line });

describe('getTagSpellingKey', () => {
	it('is the tag in lower case without any spaces, with compatibility characters folded', () => {
		expect(getTagSpellingKey('Type \t Script')).toBe('typescript');
		expect(getTagSpellingKey('ＡＰＩ Design')).toBe('apidesign');
	});

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

	it('reads a tag with spaces around it as the same spelling', () => {
		expect(
			checkTagSpellings([
				makeSummary({ id: 'a', tags: [tag(' astro ')] }),
				makeSummary({ id: 'b', tags: [tag('astro')] }),
			])
		).toEqual([]);
	});

	it('ignores tags with nothing but spaces, which the schema reports', () => {
		expect(
			checkTagSpellings([
				makeSummary({ id: 'a', tags: [tag(' ')] }),
				makeSummary({ id: 'b', tags: [tag('  ')] }),
			])
		).toEqual([]);
	});

	it('suggests the alphabetically first of two spellings used as often, without "the most used"', () => {
		const problems = checkTagSpellings([
			makeSummary({ id: 'a', tags: [tag('go', 3)] }),
			makeSummary({ id: 'b', tags: [tag('Go', 4)] }),
		]);
		expect(problems).toEqual([
			{
				severity: 'warning',
				file: 'blog/a.md',
				line: 3,
				rule: 'tag-spelling',
				message: 'tag written 2 ways: "Go" (blog/b.md:4), "go" (blog/a.md:3); use "Go"',
			},
		]);
	});

	it('points at the first use of another spelling, by file and then line', () => {
		const [problem] = checkTagSpellings([
			makeSummary({ id: 'z', tags: [tag('Rust', 2)] }),
			makeSummary({ id: 'm', tags: [tag('rust', 9), tag('RUST', 3)] }),
			makeSummary({ id: 'a', tags: [tag('Rust', 1)] }),
			makeSummary({ id: 'b', tags: [tag('Rust', 1)] }),
		]);
		expect(problem).toMatchObject({ file: 'blog/m.md', line: 3 });
	});

	it('warns about each tag written several ways, tags without letters included', () => {
		const problems = checkTagSpellings([
			makeSummary({ id: 'a', tags: [tag('Go', 2), tag('C++', 3)] }),
			makeSummary({ id: 'b', tags: [tag('go', 2), tag('c++', 3)] }),
		]);
		expect(problems.map(({ message }) => message)).toEqual([
			'tag written 2 ways: "Go" (blog/a.md:2), "go" (blog/b.md:2); use "Go"',
			'tag written 2 ways: "C++" (blog/a.md:3), "c++" (blog/b.md:3); use "C++"',
		]);
	});

	it('points at the earlier line of a file that uses two other spellings', () => {
		const [problem] = checkTagSpellings([
			makeSummary({ id: 'a', tags: [tag('Rust', 2)] }),
			makeSummary({ id: 'b', tags: [tag('Rust', 2)] }),
			makeSummary({ id: 'm', tags: [tag('rust', 3), tag('RUST', 9)] }),
		]);
		expect(problem).toEqual({
			severity: 'warning',
			file: 'blog/m.md',
			line: 3,
			rule: 'tag-spelling',
			message:
				'tag written 3 ways: "Rust" (blog/a.md:2, blog/b.md:2), "RUST" (blog/m.md:9), "rust" (blog/m.md:3); use "Rust", the most used',
		});
	});
});
