import { describe, expect, it } from 'vitest';
import {
	COLLECTIONS,
	entryPatternOf,
	isDocumentCollection,
	listCollections,
} from '@/content-model/collections';

describe('isDocumentCollection', () => {
	it('tells the collections of Markdown and MDX documents from those of YAML and JSON data', () => {
		expect(
			listCollections().map(([name, collection]) => [name, isDocumentCollection(collection)])
		).toEqual([
			['blog', true],
			['case-studies', true],
			['experiments', true],
			['services', true],
			['pages', true],
			['authors', false],
			['series', false],
			['testimonials', false],
		]);
	});

	it('counts a collection of .md files only, or of .mdx files only, as documents', () => {
		expect(isDocumentCollection({ extensions: ['md'] })).toBe(true);
		expect(isDocumentCollection({ extensions: ['mdx'] })).toBe(true);
		expect(isDocumentCollection({ extensions: ['json', 'mdx'] })).toBe(true);
	});
});

describe('entryPatternOf', () => {
	it('matches the entry files at any depth, but not the files whose name starts with _', () => {
		expect(entryPatternOf(COLLECTIONS.blog)).toBe('**/[^_]*.{md,mdx}');
		expect(entryPatternOf(COLLECTIONS.authors)).toBe('**/[^_]*.{yaml,yml,json}');
	});
});
