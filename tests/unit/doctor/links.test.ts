import { describe, expect, it } from 'vitest';
import { checkLinks, getLinkedPath } from '@/features/doctor/links';
import { makeSummary } from './summaries';

const SITE = 'https://fieldnotes.example.com';
const options = { siteUrl: SITE, timeZone: 'Asia/Dubai' };
const link = (value: string, line = 10) => ({ value, line });

describe('getLinkedPath', () => {
	it('reads the site path of a link, with or without a trailing slash, query or fragment', () => {
		expect(getLinkedPath('/blog/a-post/', SITE)).toBe('/blog/a-post/');
		expect(getLinkedPath('/blog/a-post', SITE)).toBe('/blog/a-post/');
		expect(getLinkedPath('/blog/a-post/#setup', SITE)).toBe('/blog/a-post/');
		expect(getLinkedPath('/blog/a-post/?ref=x', SITE)).toBe('/blog/a-post/');
		expect(getLinkedPath('/blog/caf%C3%A9/', SITE)).toBe('/blog/café/');
	});

	it('reads a dot inside a path as part of a slug, not as a file extension', () => {
		expect(getLinkedPath('/blog/astro-4.0-notes/', SITE)).toBe('/blog/astro-4.0-notes/');
	});

	it("reads absolute links to the site's own host", () => {
		expect(getLinkedPath('https://fieldnotes.example.com/blog/a-post/#x', SITE)).toBe(
			'/blog/a-post/'
		);
		expect(getLinkedPath('http://fieldnotes.example.com/about', SITE)).toBe('/about/');
		expect(getLinkedPath('//fieldnotes.example.com/blog/a-post/', SITE)).toBe('/blog/a-post/');
	});

	it('strips the base path from absolute links to a project site, but not from site paths', () => {
		const projectSite = 'https://layla.github.io/notes/';
		expect(getLinkedPath('https://layla.github.io/notes/blog/a-post/', projectSite)).toBe(
			'/blog/a-post/'
		);
		expect(getLinkedPath('/blog/a-post/', projectSite)).toBe('/blog/a-post/');
	});

	it('ignores other sites, files, relative links, other schemes and URLs that do not parse', () => {
		for (const url of [
			'https://example.com/blog/a-post/',
			'/rss.xml',
			'/media/talk.mp4',
			'/downloads/release-2.0',
			'../a-post/',
			'../blog//a-post/',
			'#setup',
			'mailto:a@b.c',
			'https://fieldnotes example.com/blog/',
		]) {
			expect(getLinkedPath(url, SITE), url).toBeUndefined();
		}
	});
});

describe('checkLinks', () => {
	it('accepts links to published entries, to aliases and to the pages the site always has', () => {
		const articles = [
			makeSummary({
				id: 'a',
				links: [
					link('/blog/b/'),
					link('/blog/old-b/#x'),
					link('/about/'),
					link('/blog/2/'),
					link('/tags/astro/'),
					link('/search/'),
				],
			}),
			makeSummary({ id: 'b', aliases: [{ value: '/blog/old-b/', line: 6 }] }),
			makeSummary({ id: 'about', collection: 'pages' }),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('ignores links elsewhere and site paths no entry could have', () => {
		const articles = [
			makeSummary({
				id: 'a',
				links: [link('https://example.com/'), link('/blog/2024/recap/'), link('/notes/a/b/')],
			}),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('checks a URL that two files claim against the first of them', () => {
		const articles = [
			makeSummary({ id: 'a', links: [link('/blog/twin/', 7)] }),
			makeSummary({ id: 'twin', file: 'blog/twin.md', status: 'draft' }),
			makeSummary({ id: 'twin', file: 'blog/twin.mdx' }),
		];
		expect(checkLinks(articles, options).map(({ line, message }) => [line, message])).toEqual([
			[7, 'links to /blog/twin/, which will be broken once built: twin is a draft'],
		]);
	});

	it('suggests neither drafts, scheduled articles nor entries of another section', () => {
		const entries = [
			makeSummary({
				id: 'a',
				links: [
					link('/blog/draft-pst/', 3),
					link('/blog/next-pst/', 4),
					link('/blog/and-tools/', 5),
				],
			}),
			makeSummary({ id: 'draft-post', status: 'draft' }),
			makeSummary({ id: 'next-post', status: 'scheduled', pubDate: new Date('2027-01-01') }),
			makeSummary({ id: 'uses-and-tools', collection: 'pages' }),
			makeSummary({ id: 'layla', collection: 'authors' }),
		];
		expect(checkLinks(entries, options).map(({ line, message }) => [line, message])).toEqual([
			[3, 'links to /blog/draft-pst/, which does not exist'],
			[4, 'links to /blog/next-pst/, which does not exist'],
			[5, 'links to /blog/and-tools/, which does not exist'],
		]);
	});

	it('reports links to entries of any section that do not exist', () => {
		const entries = [
			makeSummary({
				id: 'a',
				collection: 'case-studies',
				links: [link('/case-studies/checkout/', 3), link('/abuot/', 4)],
			}),
			makeSummary({ id: 'checkout-rewrite', collection: 'case-studies' }),
			makeSummary({ id: 'about', collection: 'pages' }),
		];
		expect(checkLinks(entries, options).map(({ line, message }) => [line, message])).toEqual([
			[3, 'links to /case-studies/checkout/, which does not exist'],
			[4, 'links to /abuot/, which does not exist (did you mean /about/?)'],
		]);
	});

	it('reports a link to a missing article with the nearest slug', () => {
		const articles = [
			makeSummary({ id: 'a', links: [link('/blog/new-nme/', 12)] }),
			makeSummary({ id: 'new-name' }),
		];
		expect(checkLinks(articles, options)).toEqual([
			{
				severity: 'error',
				file: 'blog/a.md',
				line: 12,
				rule: 'broken-link',
				message: 'links to /blog/new-nme/, which does not exist (did you mean /blog/new-name/?)',
			},
		]);
	});

	it('reports a link to a draft or to a scheduled article as broken once built', () => {
		const articles = [
			makeSummary({ id: 'a', links: [link('/blog/d/', 3), link('/blog/s/', 4)] }),
			makeSummary({ id: 'd', status: 'draft' }),
			makeSummary({ id: 's', status: 'scheduled', pubDate: new Date('2027-05-31T20:00:00Z') }),
		];
		expect(checkLinks(articles, options).map(({ line, message }) => [line, message])).toEqual([
			[3, 'links to /blog/d/, which will be broken once built: d is a draft'],
			[4, 'links to /blog/s/, which will be broken once built: s is scheduled for 2027-06-01'],
		]);
	});

	it('lets a scheduled article link to one going live no later than itself', () => {
		const articles = [
			makeSummary({
				id: 'later',
				status: 'scheduled',
				pubDate: new Date('2027-02-01T00:00:00Z'),
				links: [link('/blog/sooner/'), link('/blog/latest/', 11)],
			}),
			makeSummary({ id: 'sooner', status: 'scheduled', pubDate: new Date('2027-01-01') }),
			makeSummary({ id: 'latest', status: 'scheduled', pubDate: new Date('2027-03-01') }),
		];
		expect(checkLinks(articles, options).map(({ line }) => line)).toEqual([11]);
	});

	it('lets an older article link to a newer published one', () => {
		const articles = [
			makeSummary({ id: 'old', pubDate: new Date('2024-03-01'), links: [link('/blog/new/')] }),
			makeSummary({ id: 'new', pubDate: new Date('2025-06-01') }),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('lets a scheduled article link to one going live at the same time', () => {
		const pubDate = new Date('2027-02-01T09:00:00Z');
		const articles = [
			makeSummary({ id: 'one', status: 'scheduled', pubDate, links: [link('/blog/two/')] }),
			makeSummary({ id: 'two', status: 'scheduled', pubDate }),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('reports a link from a page without a date to a scheduled article', () => {
		const entries = [
			makeSummary({
				id: 'now',
				collection: 'pages',
				pubDate: undefined,
				links: [link('/blog/soon/', 5)],
			}),
			makeSummary({ id: 'soon', status: 'scheduled', pubDate: new Date('2027-03-01T12:00:00Z') }),
		];
		expect(checkLinks(entries, options).map(({ line, message }) => [line, message])).toEqual([
			[
				5,
				'links to /blog/soon/, which will be broken once built: soon is scheduled for 2027-03-01',
			],
		]);
	});

	it('only checks that links in drafts exist, since drafts are never built', () => {
		const articles = [
			makeSummary({
				id: 'd',
				status: 'draft',
				links: [link('/blog/e/', 3), link('/blog/x/', 4)],
			}),
			makeSummary({ id: 'e', status: 'draft' }),
		];
		expect(checkLinks(articles, options).map(({ line }) => line)).toEqual([4]);
	});
});
