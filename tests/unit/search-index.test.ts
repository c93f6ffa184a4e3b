import { describe, expect, it } from 'vitest';
import {
	countIndexedPages,
	formatSearchIndexSummary,
	isSearchBundleFile,
} from '@/features/search/index-summary';

describe('isSearchBundleFile', () => {
	it('keeps the API, its worker, the WebAssembly and the index', () => {
		for (const file of [
			'pagefind.js',
			'pagefind-worker.js',
			'pagefind-entry.json',
			'wasm.en-gb.pagefind',
			'fragment/en-gb_1.pf_fragment',
			'index/en-gb_2.pf_index',
		]) {
			expect(isSearchBundleFile(file)).toBe(true);
		}
	});

	it('drops the ready-made UIs and the highlighter the site does not load', () => {
		for (const file of [
			'pagefind-ui.js',
			'pagefind-ui.css',
			'pagefind-modular-ui.js',
			'pagefind-component-ui.css',
			'pagefind-highlight.js',
		]) {
			expect(isSearchBundleFile(file)).toBe(false);
		}
	});
});

describe('countIndexedPages', () => {
	it('adds up the pages of every language in pagefind-entry.json', () => {
		const entry = JSON.stringify({ languages: { en: { page_count: 12 }, ja: { page_count: 3 } } });
		expect(countIndexedPages(entry)).toBe(15);
	});
});

describe('formatSearchIndexSummary', () => {
	it('gives pages, files, size and time in one line', () => {
		expect(
			formatSearchIndexSummary({ pages: 1, files: 30, bytes: 204_800, milliseconds: 411.6 })
		).toBe('search index: 1 page, 30 files, 200.0 KiB in 412 ms');
	});

	it('says when the index was copied from the last build', () => {
		expect(
			formatSearchIndexSummary({
				pages: 12,
				files: 30,
				bytes: 2048,
				milliseconds: 40,
				isReused: true,
			})
		).toBe(
			'search index: 12 pages, 30 files, 2.0 KiB in 40 ms, copied from the last build (no page changed)'
		);
	});
});
