import { describe, expect, it } from 'vitest';
import { collectTags } from '@/content-model/tags';

describe('collectTags', () => {
	it('returns no tags for no articles', () => {
		expect(collectTags([])).toEqual([]);
		expect(collectTags([{ tags: [] }])).toEqual([]);
	});

	it('merges tags that differ only in case or spacing into one', () => {
		const tags = collectTags([
			{ tags: ['TypeScript'] },
			{ tags: ['typescript'] },
			{ tags: ['  TypeScript '] },
		]);
		expect(tags).toEqual([{ slug: 'typescript', label: 'TypeScript', count: 3 }]);
	});

	it('labels a merged tag with its most used spelling', () => {
		const tags = collectTags([
			{ tags: ['typescript'] },
			{ tags: ['TypeScript'] },
			{ tags: ['typescript'] },
		]);
		expect(tags).toEqual([{ slug: 'typescript', label: 'typescript', count: 3 }]);
	});

	it('breaks a tie between spellings alphabetically, whatever the article order', () => {
		const forwards = collectTags([{ tags: ['typescript'] }, { tags: ['TypeScript'] }]);
		const backwards = collectTags([{ tags: ['TypeScript'] }, { tags: ['typescript'] }]);
		// Code-unit order: capital letters sort before lower case.
		expect(forwards).toEqual([{ slug: 'typescript', label: 'TypeScript', count: 2 }]);
		expect(backwards).toEqual(forwards);
	});

	it('counts articles, not occurrences, when an article repeats a tag', () => {
		const tags = collectTags([{ tags: ['web', 'Web', 'WEB'] }, { tags: ['rust'] }]);
		expect(tags).toEqual([
			{ slug: 'rust', label: 'rust', count: 1 },
			{ slug: 'web', label: 'WEB', count: 1 },
		]);
	});

	it('sorts by article count, most used first, then by label', () => {
		const tags = collectTags([
			{ tags: ['zod', 'astro', 'css'] },
			{ tags: ['zod', 'astro'] },
			{ tags: ['zod', 'rust'] },
			{ tags: ['beta'] },
		]);
		expect(tags.map(({ label, count }) => [label, count])).toEqual([
			['zod', 3],
			['astro', 2],
			['beta', 1],
			['css', 1],
			['rust', 1],
		]);
	});

	it('sorts labels of equal count alphabetically regardless of capitals', () => {
		const tags = collectTags([
			{ tags: ['Zod'] },
			{ tags: ['astro'] },
			{ tags: ['CSS'] },
			{ tags: ['bun'] },
		]);
		expect(tags.map(({ label }) => label)).toEqual(['astro', 'bun', 'CSS', 'Zod']);
	});

	it('gives each tag its URL slug', () => {
		expect(collectTags([{ tags: ['Developer Experience'] }])).toEqual([
			{ slug: 'developer-experience', label: 'Developer Experience', count: 1 },
		]);
	});

	it('normalises inner whitespace in labels', () => {
		expect(collectTags([{ tags: ['Developer   Experience'] }])[0]?.label).toBe(
			'Developer Experience'
		);
	});

	it('throws on a tag that has no letters or digits', () => {
		expect(() => collectTags([{ tags: ['!!!'] }])).toThrow(/no letters or digits/);
	});
});
