import { describe, expect, it } from 'vitest';
import {
	assertAliasesFree,
	formatRedirectsFile,
	type Redirect,
} from '@/features/redirects/redirects';

const redirect = (from: string, to: string): Redirect => ({ from, to, title: 'X' });

describe('assertAliasesFree', () => {
	it('accepts aliases that no page or other alias uses', () => {
		expect(() =>
			assertAliasesFree(
				[{ alias: '/blog/old/', file: 'content/blog/new.md' }],
				new Map([['/blog/new/', 'content/blog/new.md']])
			)
		).not.toThrow();
	});

	it('lists every alias that takes the URL of an entry, a page of the site or another alias', () => {
		expect(() =>
			assertAliasesFree(
				[
					{ alias: '/blog/taken/', file: 'content/blog/a.md' },
					{ alias: '/about/', file: 'content/blog/a.md' },
					{ alias: '/search/', file: 'content/blog/a.md' },
					{ alias: '/blog/twice/', file: 'content/blog/b.md' },
					{ alias: '/blog/twice/', file: 'content/blog/c.md' },
				],
				new Map([
					['/blog/taken/', 'content/blog/taken.md'],
					['/about/', 'content/pages/about.mdx'],
				])
			)
		).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Aliases that take the URL of another page:
			  - content/blog/a.md: alias /blog/taken/ is already the URL of content/blog/taken.md
			  - content/blog/a.md: alias /about/ is already the URL of content/pages/about.mdx
			  - content/blog/a.md: alias /search/ is already the URL of the search page
			  - content/blog/b.md: alias /blog/twice/ is also an alias in content/blog/c.md
			  - content/blog/c.md: alias /blog/twice/ is also an alias in content/blog/b.md
			Remove each alias, or rename the page it collides with.

			run \`npm run doctor\` to see every problem at once.]
		`);
	});
});

describe('formatRedirectsFile', () => {
	it('writes permanent redirects with and without the trailing slash, sorted', () => {
		expect(
			formatRedirectsFile([
				redirect('/blog/z/', '/blog/new-z/'),
				redirect('/blog/a/', '/blog/new-a/'),
			])
		).toBe(
			'/blog/a/ /blog/new-a/ 301\n/blog/a /blog/new-a/ 301\n/blog/z/ /blog/new-z/ 301\n/blog/z /blog/new-z/ 301\n'
		);
	});

	it('sorts aliases given in any order', () => {
		const redirects = [
			redirect('/blog/m/', '/blog/new-m/'),
			redirect('/blog/z/', '/blog/new-z/'),
			redirect('/blog/a/', '/blog/new-a/'),
		];
		const sorted =
			'/blog/a/ /blog/new-a/ 301\n/blog/a /blog/new-a/ 301\n' +
			'/blog/m/ /blog/new-m/ 301\n/blog/m /blog/new-m/ 301\n' +
			'/blog/z/ /blog/new-z/ 301\n/blog/z /blog/new-z/ 301\n';
		expect(formatRedirectsFile(redirects)).toBe(sorted);
		expect(formatRedirectsFile([...redirects].reverse())).toBe(sorted);
	});

	it('puts both sides under the base path of a project site', () => {
		expect(formatRedirectsFile([redirect('/blog/a/', '/blog/new-a/')], '/notes/')).toBe(
			'/notes/blog/a/ /notes/blog/new-a/ 301\n/notes/blog/a /notes/blog/new-a/ 301\n'
		);
	});
});
