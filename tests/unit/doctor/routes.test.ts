import { describe, expect, it } from 'vitest';
import { checkRoutes, describeFixedRoute } from '@/features/doctor/routes';
import { makeSummary } from './summaries';

const located = (value: string, line: number) => ({ value, line });

describe('checkRoutes', () => {
	it('accepts distinct slugs and free aliases', () => {
		expect(
			checkRoutes([
				makeSummary({ slug: 'a', aliases: [located('/blog/old-a/', 5)] }),
				makeSummary({ slug: 'b' }),
			])
		).toEqual([]);
	});

	it('reports every file of a slug that two files produce', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', file: 'blog/a.md' }),
			makeSummary({ slug: 'a', file: 'blog/a/index.mdx' }),
		]);
		expect(problems).toEqual([
			{
				severity: 'error',
				file: 'blog/a.md',
				line: 1,
				rule: 'duplicate-route',
				message:
					'slug "a" is also produced by blog/a/index.mdx: both would be /blog/a/; rename or remove one',
			},
			expect.objectContaining({ file: 'blog/a/index.mdx', rule: 'duplicate-route' }),
		]);
	});

	it('reports a numeric slug, which is a page of the blog index', () => {
		const [problem] = checkRoutes([makeSummary({ slug: '2' })]);
		expect(problem?.message).toMatch(/slug "2" would clash with page 2 of the blog index/);
	});

	it("reports an alias that is an article's URL, including the article's own", () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', aliases: [located('/blog/b/', 6), located('/blog/a/', 7)] }),
			makeSummary({ slug: 'b' }),
		]);
		expect(problems.map(({ line, message }) => [line, message])).toEqual([
			[6, 'alias /blog/b/ is already the URL of blog/b.md'],
			[7, 'alias /blog/a/ is already the URL of this article'],
		]);
	});

	it('reports both ends of an alias that two articles claim', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', aliases: [located('/blog/old/', 6)] }),
			makeSummary({ slug: 'b', aliases: [located('/blog/old/', 8)] }),
		]);
		expect(problems.map(({ file, line, message }) => [file, line, message])).toEqual([
			['blog/a.md', 6, 'alias /blog/old/ is also an alias in blog/b.md:8'],
			['blog/b.md', 8, 'alias /blog/old/ is also an alias in blog/a.md:6'],
		]);
	});

	it('reports three files of one slug, each naming the other two', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', file: 'blog/a.md' }),
			makeSummary({ slug: 'a', file: 'blog/a.mdx' }),
			makeSummary({ slug: 'a', file: 'blog/a/index.mdx' }),
		]);
		expect(problems.map(({ message }) => message)).toEqual([
			'slug "a" is also produced by blog/a.mdx, blog/a/index.mdx: both would be /blog/a/; rename or remove one',
			'slug "a" is also produced by blog/a.md, blog/a/index.mdx: both would be /blog/a/; rename or remove one',
			'slug "a" is also produced by blog/a.md, blog/a.mdx: both would be /blog/a/; rename or remove one',
		]);
	});

	it('reads a slug as numeric only when it is all digits', () => {
		expect(checkRoutes([makeSummary({ slug: '2026' })]).map(({ message }) => message)).toEqual([
			'slug "2026" would clash with page 2026 of the blog index (/blog/2026/): rename the file, e.g. "2026-notes.mdx"',
		]);
		expect(
			checkRoutes([
				makeSummary({ slug: '2026-review' }),
				makeSummary({ slug: 'review-2026' }),
				makeSummary({ slug: 'top-10-tips' }),
			])
		).toEqual([]);
	});

	it("names every article whose URL an alias takes, and nests no alias under another article's path", () => {
		const problems = checkRoutes([
			makeSummary({
				slug: 'c',
				aliases: [
					located('/blog/webhooks/', 3),
					located('/blog/webhooks/extra/', 4),
					located('/x/blog/retries/', 5),
				],
			}),
			makeSummary({ slug: 'webhooks', file: 'blog/webhooks.md' }),
			makeSummary({ slug: 'webhooks', file: 'blog/webhooks.mdx' }),
			makeSummary({ slug: 'retries' }),
		]);
		expect(problems.filter(({ file }) => file === 'blog/c.md')).toEqual([
			{
				severity: 'error',
				file: 'blog/c.md',
				line: 3,
				rule: 'duplicate-route',
				message: 'alias /blog/webhooks/ is already the URL of blog/webhooks.md, blog/webhooks.mdx',
			},
		]);
	});

	it('reports an alias an article lists twice, at each line', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', aliases: [located('/blog/old/', 4), located('/blog/old/', 9)] }),
		]);
		expect(problems.map(({ line, message }) => [line, message])).toEqual([
			[4, 'alias /blog/old/ is also an alias in blog/a.md:9'],
			[9, 'alias /blog/old/ is also an alias in blog/a.md:4'],
		]);
	});

	it('lists the problems by file, then by line', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'z', aliases: [located('/tags/', 9), located('/rss.xml', 2)] }),
			makeSummary({ slug: 'b', aliases: [located('/blog/', 12)] }),
			makeSummary({ slug: '7', file: 'blog/7.md', firstLine: 1 }),
		]);
		expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual([
			'blog/7.md:1',
			'blog/b.md:12',
			'blog/z.md:2',
			'blog/z.md:9',
		]);
	});

	it('reports an alias on a fixed route', () => {
		const problems = checkRoutes([
			makeSummary({ slug: 'a', aliases: [located('/tags/', 6), located('/blog/3/', 7)] }),
		]);
		expect(problems.map(({ message }) => message)).toEqual([
			'alias /tags/ clashes with the tag index /tags/',
			'alias /blog/3/ clashes with page 3 of the blog index',
		]);
	});
});

describe('describeFixedRoute', () => {
	it('names every route the site builds besides articles', () => {
		expect(describeFixedRoute('/')).toBe('the home page');
		expect(describeFixedRoute('/blog/')).toBe('the blog index /blog/');
		expect(describeFixedRoute('/blog/12/')).toBe('page 12 of the blog index');
		expect(describeFixedRoute('/tags/')).toBe('the tag index /tags/');
		expect(describeFixedRoute('/tags/astro/')).toBe('the tag pages under /tags/');
		expect(describeFixedRoute('/tags/astro/2/')).toBe('the tag pages under /tags/');
		expect(describeFixedRoute('/rss.xml/')).toBe('the file /rss.xml');
		expect(describeFixedRoute('/atom.xml')).toBe('the file /atom.xml');
		expect(describeFixedRoute('/feed.json/')).toBe('the file /feed.json');
		expect(describeFixedRoute('/rss.xsl')).toBe('the file /rss.xsl');
		expect(describeFixedRoute('/tags/astro/rss.xml/')).toBe('the tag pages under /tags/');
		expect(describeFixedRoute('/404.html')).toBe('the file /404.html');
	});

	it('leaves other paths alone, also ones that only start or end like a fixed route', () => {
		for (const path of [
			'/blog/old-name/',
			'/notes/',
			'/blog/2/extra/',
			'/x/blog/2/',
			'/blog/2a/',
			'/tags/astro/extra/',
			'/x/tags/astro/',
			'/tags/astro/2a/',
			'/tags/astro/rss.xml/more/',
		]) {
			expect(describeFixedRoute(path), path).toBeUndefined();
		}
	});

	it('names tag pages of any number', () => {
		expect(describeFixedRoute('/tags/astro/12/')).toBe('the tag pages under /tags/');
	});
});
