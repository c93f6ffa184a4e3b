import { describe, expect, it } from 'vitest';
import {
	describeResults,
	isSearchRequested,
	parseExcerpt,
	readSearchState,
	searchFilters,
	searchQueryString,
} from '@/features/search/results';

describe('readSearchState', () => {
	it('reads the words, the type and the tag from a query string', () => {
		expect(readSearchState('?q=%20retries%20&type=Case+study&tag=Postgres')).toEqual({
			query: 'retries',
			type: 'Case study',
			tag: 'Postgres',
		});
	});

	it('gives empty fields for a page opened without a query', () => {
		expect(readSearchState('')).toEqual({ query: '', type: '', tag: '' });
	});
});

describe('searchQueryString', () => {
	it('writes only the fields that are set, so the state survives a reload', () => {
		const state = { query: 'cache & retries', type: '', tag: 'C++' };
		const text = searchQueryString(state);
		expect(text).toBe('?q=cache+%26+retries&tag=C%2B%2B');
		expect(readSearchState(text)).toEqual(state);
	});

	it('writes the words without the spaces around them, and a chosen type', () => {
		expect(
			searchQueryString({ query: '  idempotent webhooks ', type: 'Case study', tag: '' })
		).toBe('?q=idempotent+webhooks&type=Case+study');
	});

	it('is empty when nothing is asked', () => {
		expect(searchQueryString({ query: '  ', type: '', tag: '' })).toBe('');
	});
});

describe('isSearchRequested and searchFilters', () => {
	it('runs a search of words alone, without any filter', () => {
		expect(isSearchRequested({ query: 'retries', type: '', tag: '' })).toBe(true);
		expect(isSearchRequested(readSearchState('?q=idempotent+webhooks'))).toBe(true);
	});

	it('runs no search for a page opened without a query', () => {
		expect(isSearchRequested(readSearchState(''))).toBe(false);
	});

	it('treats a chosen filter alone as a search', () => {
		expect(isSearchRequested({ query: '', type: '', tag: 'go' })).toBe(true);
		expect(isSearchRequested({ query: '', type: 'Article', tag: '' })).toBe(true);
		expect(isSearchRequested({ query: ' ', type: '', tag: '' })).toBe(false);
		expect(searchFilters({ query: 'x', type: 'Article', tag: '' })).toEqual({ type: 'Article' });
		expect(searchFilters({ query: 'x', type: '', tag: '' })).toEqual({});
		expect(searchFilters({ query: '', type: '', tag: 'Postgres' })).toEqual({ tag: 'Postgres' });
		expect(searchFilters({ query: '', type: 'Case study', tag: 'Go' })).toEqual({
			type: 'Case study',
			tag: 'Go',
		});
	});
});

describe('parseExcerpt', () => {
	it('splits an excerpt into text and matched words', () => {
		expect(parseExcerpt('a <mark>retry</mark> and <mark>retries</mark>.')).toEqual([
			{ text: 'a ', isMatch: false },
			{ text: 'retry', isMatch: true },
			{ text: ' and ', isMatch: false },
			{ text: 'retries', isMatch: true },
			{ text: '.', isMatch: false },
		]);
	});

	it('decodes entities, so escaped page text reads as the page did', () => {
		expect(
			parseExcerpt('&lt;script&gt; &amp; &quot;x&quot; &#39;y&#x27; <mark>&lt;b&gt;</mark>')
		).toEqual([
			{ text: `<script> & "x" 'y' `, isMatch: false },
			{ text: '<b>', isMatch: true },
		]);
	});

	it('decodes every named entity Pagefind writes and numeric ones in either case', () => {
		expect(parseExcerpt('&apos;a&nbsp;b&#X41;&#x42;&#67;&AMP;')).toEqual([
			{ text: "'a\u00a0bABC&", isMatch: false },
		]);
	});

	it('keeps entities that name no character as they are written', () => {
		expect(parseExcerpt('&bogus; &#1114112; &#x110000;')).toEqual([
			{ text: '&bogus; &#1114112; &#x110000;', isMatch: false },
		]);
	});

	it('drops any other tag instead of passing markup on', () => {
		expect(parseExcerpt('x <img src=x onerror=alert(1)> y')).toEqual([
			{ text: 'x  y', isMatch: false },
		]);
	});
});

describe('describeResults', () => {
	it('says how many results there are and how many are shown', () => {
		expect(describeResults({ total: 1, shown: 1, query: 'go' })).toBe('1 result for “go”.');
		expect(describeResults({ total: 42, shown: 20, query: 'go' })).toBe(
			'42 results for “go”, showing the first 20.'
		);
		expect(describeResults({ total: 0, shown: 0, query: ' zzz ' })).toBe('No results for “zzz”.');
		expect(describeResults({ total: 3, shown: 3, query: '' })).toBe('3 results.');
		expect(describeResults({ total: 3, shown: 3, query: '  ' })).toBe('3 results.');
		expect(describeResults({ total: 0, shown: 0, query: '' })).toBe('No results.');
	});
});
