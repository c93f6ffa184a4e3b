import { describe, expect, it } from 'vitest';
import { describeReservedPath, findAliasClashes } from '@/content-model/routes';

describe('describeReservedPath', () => {
	it('names every page and file the site has whatever its content', () => {
		expect(describeReservedPath('/')).toBe('the home page');
		expect(describeReservedPath('/blog/')).toBe('the blog index');
		expect(describeReservedPath('/blog/12/')).toBe('page 12 of the blog index');
		expect(describeReservedPath('/tags/')).toBe('the tag index');
		expect(describeReservedPath('/tags/astro/')).toBe('the tag pages under /tags/');
		expect(describeReservedPath('/tags/astro/2/')).toBe('the tag pages under /tags/');
		expect(describeReservedPath('/tags/astro/12/')).toBe('the tag pages under /tags/');
		expect(describeReservedPath('/tags/astro/rss.xml/')).toBe('the tag pages under /tags/');
		expect(describeReservedPath('/case-studies/')).toBe('the case studies index');
		expect(describeReservedPath('/experiments/')).toBe('the experiments index');
		expect(describeReservedPath('/search/')).toBe('the search page');
		expect(describeReservedPath('/site-map/')).toBe('the site map');
		expect(describeReservedPath('/rss.xml/')).toBe('the file /rss.xml');
		expect(describeReservedPath('/feed.json')).toBe('the file /feed.json');
		expect(describeReservedPath('/_redirects/')).toBe('the file /_redirects');
	});

	it('names the folders the build writes itself, and everything in them', () => {
		expect(describeReservedPath('/_astro/x/')).toBe(
			'/_astro/, where the build writes its own files'
		);
		expect(describeReservedPath('/pagefind/')).toBe(
			'/pagefind/, where the build writes its own files'
		);
		expect(describeReservedPath('/social-cards/blog/x/')).toMatch(/^\/social-cards\/, /);
	});

	it('leaves the paths of content alone', () => {
		expect(describeReservedPath('/blog/old-name/')).toBeUndefined();
		expect(describeReservedPath('/about/')).toBeUndefined();
		expect(describeReservedPath('/blog/2026-review/')).toBeUndefined();
		expect(describeReservedPath('/archive/blog/2/')).toBeUndefined();
		expect(describeReservedPath('/old/tags/astro/')).toBeUndefined();
		expect(describeReservedPath('/tags/astro/notes/')).toBeUndefined();
	});
});

describe('findAliasClashes', () => {
	it('reports aliases on entries, on reserved pages and on each other, and nothing else', () => {
		const clashes = findAliasClashes(
			[
				{ alias: '/blog/free/', file: 'a.md' },
				{ alias: '/blog/b/', file: 'a.md' },
				{ alias: '/search/', file: 'a.md' },
				{ alias: '/old/', file: 'a.md', line: 7 },
				{ alias: '/old/', file: 'c.md', line: 9 },
			],
			new Map([['/blog/b/', 'b.md']])
		);
		expect(clashes.map(({ claim, message }) => `${claim.file} ${message}`)).toEqual([
			'a.md alias /blog/b/ is already the URL of b.md',
			'a.md alias /search/ is already the URL of the search page',
			'a.md alias /old/ is also an alias in c.md:9',
			'c.md alias /old/ is also an alias in a.md:7',
		]);
	});

	it('lists every other file that claims the same alias', () => {
		const clashes = findAliasClashes(
			[
				{ alias: '/notes/', file: 'a.md', line: 5 },
				{ alias: '/notes/', file: 'b.md' },
				{ alias: '/notes/', file: 'c.md', line: 6 },
			],
			new Map()
		);
		expect(clashes.map(({ claim, message }) => `${claim.file} ${message}`)).toEqual([
			'a.md alias /notes/ is also an alias in b.md, c.md:6',
			'b.md alias /notes/ is also an alias in a.md:5, c.md:6',
			'c.md alias /notes/ is also an alias in a.md:5, b.md',
		]);
	});

	it('calls an alias of an entry\'s own URL "this entry"', () => {
		expect(
			findAliasClashes([{ alias: '/blog/a/', file: 'a.md' }], new Map([['/blog/a/', 'a.md']]))
		).toEqual([
			{
				claim: { alias: '/blog/a/', file: 'a.md' },
				message: 'alias /blog/a/ is already the URL of this entry',
			},
		]);
	});
});
