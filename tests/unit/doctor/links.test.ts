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

	it('ignores other sites, files, relative links and other schemes', () => {
		for (const url of [
			'https://example.com/blog/a-post/',
			'/rss.xml',
			'../a-post/',
			'#setup',
			'mailto:a@b.c',
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
