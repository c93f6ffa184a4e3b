import { describe, expect, it } from 'vitest';
import { checkLinks, getLinkedSlug } from '@/features/doctor/links';
import { makeSummary } from './summaries';

const SITE = 'https://fieldnotes.example.com';
const options = { siteUrl: SITE, timeZone: 'Asia/Dubai' };
const link = (value: string, line = 10) => ({ value, line });

describe('getLinkedSlug', () => {
	it('reads the slug of article links, with or without a trailing slash or fragment', () => {
		expect(getLinkedSlug('/blog/a-post/', SITE)).toBe('a-post');
		expect(getLinkedSlug('/blog/a-post', SITE)).toBe('a-post');
		expect(getLinkedSlug('/blog/a-post/#setup', SITE)).toBe('a-post');
		expect(getLinkedSlug('/blog/a-post/?ref=x', SITE)).toBe('a-post');
		expect(getLinkedSlug('/blog/caf%C3%A9/', SITE)).toBe('café');
	});

	it("reads absolute links to the site's own host", () => {
		expect(getLinkedSlug('https://fieldnotes.example.com/blog/a-post/#x', SITE)).toBe('a-post');
		expect(getLinkedSlug('http://fieldnotes.example.com/blog/a-post/', SITE)).toBe('a-post');
		expect(getLinkedSlug('//fieldnotes.example.com/blog/a-post/', SITE)).toBe('a-post');
	});

	it('strips the base path from absolute links to a project site, but not from site paths', () => {
		const projectSite = 'https://layla.github.io/notes/';
		expect(getLinkedSlug('https://layla.github.io/notes/blog/a-post/', projectSite)).toBe('a-post');
		expect(getLinkedSlug('/blog/a-post/', projectSite)).toBe('a-post');
	});

	it('ignores other sites, index pages, other sections and relative links', () => {
		for (const url of [
			'https://example.com/blog/a-post/',
			'/blog/',
			'/blog/2/',
			'/tags/astro/',
			'../a-post/',
			'#setup',
			'mailto:a@b.c',
			'ftp://fieldnotes.example.com/blog/a-post/',
			'fieldnotes.example.com/blog/a-post/',
			'/blog/2026/',
			'/x/blog/a-post/',
			'http://[bad/blog/a-post/',
		]) {
			expect(getLinkedSlug(url, SITE), url).toBeUndefined();
		}
	});

	it('reads a slug that starts or ends with digits, and keeps a slug it cannot decode', () => {
		expect(getLinkedSlug('/blog/2026-review/', SITE)).toBe('2026-review');
		expect(getLinkedSlug('/blog/top-10/', SITE)).toBe('top-10');
		expect(getLinkedSlug('/blog/100%-sure/', SITE)).toBe('100%-sure');
	});
});

describe('checkLinks', () => {
	it('accepts links to published articles and to aliases', () => {
		const articles = [
			makeSummary({ slug: 'a', links: [link('/blog/b/'), link('/blog/old-b/#x')] }),
			makeSummary({ slug: 'b', aliases: [{ value: '/blog/old-b/', line: 6 }] }),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('suggests only articles that will be online, and nothing when none is near', () => {
		const articles = [
			makeSummary({ slug: 'a', links: [link('/blog/new-nme/', 12), link('/blog/zzzzzz/', 13)] }),
			makeSummary({ slug: 'new-name', status: 'draft' }),
			makeSummary({ slug: 'new-game', status: 'scheduled', pubDate: new Date('2030-01-01') }),
			makeSummary({ slug: 'new-fame', status: 'published' }),
		];
		expect(checkLinks(articles, options).map(({ message }) => message)).toEqual([
			'links to /blog/new-nme/, which does not exist (did you mean /blog/new-fame/?)',
			'links to /blog/zzzzzz/, which does not exist',
		]);
	});

	it('checks links against the first of two articles that share a slug', () => {
		const articles = [
			makeSummary({ slug: 'a', links: [link('/blog/b/', 3)] }),
			makeSummary({ slug: 'b', file: 'blog/b.md', status: 'draft' }),
			makeSummary({ slug: 'b', file: 'blog/b.mdx', status: 'published' }),
		];
		expect(checkLinks(articles, options).map(({ message }) => message)).toEqual([
			'links to /blog/b/, which will be broken once built: b is a draft',
		]);
	});

	it('reports a link to a missing article with the nearest slug', () => {
		const articles = [
			makeSummary({ slug: 'a', links: [link('/blog/new-nme/', 12)] }),
			makeSummary({ slug: 'new-name' }),
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
			makeSummary({ slug: 'a', links: [link('/blog/d/', 3), link('/blog/s/', 4)] }),
			makeSummary({ slug: 'd', status: 'draft' }),
			makeSummary({ slug: 's', status: 'scheduled', pubDate: new Date('2027-05-31T20:00:00Z') }),
		];
		expect(checkLinks(articles, options).map(({ line, message }) => [line, message])).toEqual([
			[3, 'links to /blog/d/, which will be broken once built: d is a draft'],
			[4, 'links to /blog/s/, which will be broken once built: s is scheduled for 2027-06-01'],
		]);
	});

	it('lets a scheduled article link to one going live no later than itself', () => {
		const articles = [
			makeSummary({
				slug: 'later',
				status: 'scheduled',
				pubDate: new Date('2027-02-01T00:00:00Z'),
				links: [link('/blog/sooner/'), link('/blog/latest/', 11)],
			}),
			makeSummary({ slug: 'sooner', status: 'scheduled', pubDate: new Date('2027-01-01') }),
			makeSummary({ slug: 'latest', status: 'scheduled', pubDate: new Date('2027-03-01') }),
		];
		expect(checkLinks(articles, options).map(({ line }) => line)).toEqual([11]);
	});

	it('reports a published article linking to a scheduled one, whatever their dates', () => {
		const articles = [
			makeSummary({
				slug: 'now',
				status: 'published',
				pubDate: new Date('2027-06-01T00:00:00Z'),
				links: [link('/blog/soon/', 5)],
			}),
			makeSummary({ slug: 'soon', status: 'scheduled', pubDate: new Date('2027-01-01T00:00:00Z') }),
		];
		expect(checkLinks(articles, options).map(({ line }) => line)).toEqual([5]);
	});

	it('lets a scheduled article link to one going live the same moment', () => {
		const day = new Date('2027-02-01T00:00:00Z');
		const articles = [
			makeSummary({ slug: 'a', status: 'scheduled', pubDate: day, links: [link('/blog/b/')] }),
			makeSummary({ slug: 'b', status: 'scheduled', pubDate: new Date(day) }),
		];
		expect(checkLinks(articles, options)).toEqual([]);
	});

	it('only checks that links in drafts exist, since drafts are never built', () => {
		const articles = [
			makeSummary({
				slug: 'd',
				status: 'draft',
				links: [link('/blog/e/', 3), link('/blog/x/', 4)],
			}),
			makeSummary({ slug: 'e', status: 'draft' }),
		];
		expect(checkLinks(articles, options).map(({ line }) => line)).toEqual([4]);
	});
});
