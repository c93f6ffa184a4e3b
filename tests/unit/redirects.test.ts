import { describe, expect, it } from 'vitest';
import {
	assertRedirectsFree,
	formatRedirectsFile,
	type Redirect,
} from '@/features/redirects/redirects';

const redirect = (from: string, to: string, file = 'content/blog/x.md'): Redirect => ({
	from,
	to,
	title: 'X',
	file,
});

describe('assertRedirectsFree', () => {
	it('accepts aliases that no page or other alias uses', () => {
		expect(() =>
			assertRedirectsFree(
				[redirect('/blog/old/', '/blog/new/')],
				new Map([['/blog/new/', 'new.md']])
			)
		).not.toThrow();
	});

	it('lists every alias that collides with a page or another alias, naming both files', () => {
		expect(() =>
			assertRedirectsFree(
				[
					redirect('/blog/taken/', '/blog/a/', 'content/blog/a.md'),
					redirect('/blog/twice/', '/blog/b/', 'content/blog/b.md'),
					redirect('/blog/twice/', '/blog/c/', 'content/blog/c.md'),
				],
				new Map([['/blog/taken/', 'content/blog/taken.md']])
			)
		).toThrowErrorMatchingInlineSnapshot(`
			[Error: Aliases that collide with other URLs:
			  - content/blog/a.md: alias /blog/taken/ is already the URL of content/blog/taken.md
			  - content/blog/c.md: alias /blog/twice/ is also an alias in content/blog/b.md (to /blog/b/)
			Remove the alias or rename the page it collides with.]
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

	it('puts both sides under the base path of a project site', () => {
		expect(formatRedirectsFile([redirect('/blog/a/', '/blog/new-a/')], '/notes/')).toBe(
			'/notes/blog/a/ /notes/blog/new-a/ 301\n/notes/blog/a /notes/blog/new-a/ 301\n'
		);
	});
});
