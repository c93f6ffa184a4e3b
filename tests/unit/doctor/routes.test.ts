import { describe, expect, it } from 'vitest';
import { checkRoutes } from '@/features/doctor/routes';
import { makeSummary } from './summaries';

const located = (value: string, line: number) => ({ value, line });

describe('checkRoutes', () => {
	it('accepts distinct slugs and free aliases', () => {
		expect(
			checkRoutes([
				makeSummary({ id: 'a', aliases: [located('/blog/old-a/', 5)] }),
				makeSummary({ id: 'b' }),
			])
		).toEqual([]);
	});

	it('reports every file of an id that two files of a collection produce', () => {
		const problems = checkRoutes([
			makeSummary({ id: 'a', file: 'blog/a.md' }),
			makeSummary({ id: 'a', file: 'blog/a/index.mdx' }),
		]);
		expect(problems).toEqual([
			{
				severity: 'error',
				file: 'blog/a.md',
				line: 1,
				rule: 'duplicate-route',
				message:
					'its id "a" is also the id of blog/a/index.mdx: both would be /blog/a/; rename one of them',
			},
			expect.objectContaining({ file: 'blog/a/index.mdx', rule: 'duplicate-route' }),
		]);
	});

	it('lets two collections use one id, since their URLs differ', () => {
		expect(
			checkRoutes([makeSummary({ id: 'a' }), makeSummary({ id: 'a', collection: 'case-studies' })])
		).toEqual([]);
	});

	it("reports an alias that is an article's URL, including the article's own", () => {
		const problems = checkRoutes([
			makeSummary({ id: 'a', aliases: [located('/blog/b/', 6), located('/blog/a/', 7)] }),
			makeSummary({ id: 'b' }),
		]);
		expect(problems.map(({ line, message }) => [line, message])).toEqual([
			[6, 'alias /blog/b/ is already the URL of blog/b.md'],
			[7, 'alias /blog/a/ is already the URL of this entry'],
		]);
	});

	it('reports both ends of an alias that two articles claim', () => {
		const problems = checkRoutes([
			makeSummary({ id: 'a', aliases: [located('/blog/old/', 6)] }),
			makeSummary({ id: 'b', aliases: [located('/blog/old/', 8)] }),
		]);
		expect(problems.map(({ file, line, message }) => [file, line, message])).toEqual([
			['blog/a.md', 6, 'alias /blog/old/ is also an alias in blog/b.md:8'],
			['blog/b.md', 8, 'alias /blog/old/ is also an alias in blog/a.md:6'],
		]);
	});

	it('reports an alias on a page the site always has, or on any entry of any collection', () => {
		const problems = checkRoutes([
			makeSummary({
				id: 'a',
				aliases: [located('/tags/', 6), located('/blog/3/', 7), located('/about/', 8)],
			}),
			makeSummary({ id: 'about', collection: 'pages' }),
		]);
		expect(problems.map(({ message }) => message)).toEqual([
			'alias /tags/ is already the URL of the tag index',
			'alias /blog/3/ is already the URL of page 3 of the blog index',
			'alias /about/ is already the URL of pages/about.md',
		]);
	});

	it('leaves files whose name gives no id to the file-name rules', () => {
		expect(
			checkRoutes([
				makeSummary({ id: '', file: 'blog/.md', urlPath: undefined }),
				makeSummary({ id: '', file: 'blog/_.md', urlPath: undefined }),
			])
		).toEqual([]);
	});

	it('lists every other file of an id, and says "one entry" for entries without a page', () => {
		const problems = checkRoutes([
			makeSummary({ id: 'a', file: 'blog/a.md' }),
			makeSummary({ id: 'a', file: 'blog/a.mdx' }),
			makeSummary({ id: 'a', file: 'blog/a/index.mdx' }),
			makeSummary({ id: 'layla', collection: 'authors', file: 'authors/layla.yaml' }),
			makeSummary({ id: 'layla', collection: 'authors', file: 'authors/layla.json' }),
		]);
		expect(problems.map(({ file, message }) => [file, message])).toEqual([
			[
				'authors/layla.json',
				'its id "layla" is also the id of authors/layla.yaml: both would be one entry; rename one of them',
			],
			[
				'authors/layla.yaml',
				'its id "layla" is also the id of authors/layla.json: both would be one entry; rename one of them',
			],
			[
				'blog/a.md',
				'its id "a" is also the id of blog/a.mdx, blog/a/index.mdx: both would be /blog/a/; rename one of them',
			],
			[
				'blog/a.mdx',
				'its id "a" is also the id of blog/a.md, blog/a/index.mdx: both would be /blog/a/; rename one of them',
			],
			[
				'blog/a/index.mdx',
				'its id "a" is also the id of blog/a.md, blog/a.mdx: both would be /blog/a/; rename one of them',
			],
		]);
	});

	it('names the first file of a URL two files claim when an alias takes it, in file order', () => {
		const problems = checkRoutes([
			makeSummary({ id: 'b', file: 'blog/b.md' }),
			makeSummary({ id: 'b', file: 'blog/b.mdx' }),
			makeSummary({ id: 'a', aliases: [located('/blog/b/', 6)] }),
		]);
		expect(problems.map(({ file, line, message }) => [file, line, message])).toEqual([
			['blog/a.md', 6, 'alias /blog/b/ is already the URL of blog/b.md'],
			[
				'blog/b.md',
				1,
				'its id "b" is also the id of blog/b.mdx: both would be /blog/b/; rename one of them',
			],
			[
				'blog/b.mdx',
				1,
				'its id "b" is also the id of blog/b.md: both would be /blog/b/; rename one of them',
			],
		]);
	});
});
