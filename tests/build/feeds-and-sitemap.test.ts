import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHtml as parse } from '../helpers/parse-html';
import { describe, expect, it } from 'vitest';
import { fixtureSite, PUBLISHED_FIXTURE_SLUGS } from '../helpers/fixture-site';

const SITE = 'https://fieldnotes.example.com';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name) });

describe('rss.xml', () => {
	const source = fixtureSite.read('rss.xml');
	const channel = xml.parse(source).rss.channel;

	it('is well-formed XML', () => {
		expect(XMLValidator.validate(source)).toBe(true);
	});

	it('has one item per published article, newest first, with absolute links', () => {
		expect(channel.item.map((item: { link: string }) => item.link)).toEqual(
			PUBLISHED_FIXTURE_SLUGS.map((slug) => `${SITE}/blog/${slug}/`)
		);
	});

	it('carries the full rendered content with absolute URLs', () => {
		const item = channel.item.find((entry: { link: string }) => entry.link.endsWith('/with-cover/'));
		const content = parse(item['content:encoded']);
		expect(content.querySelectorAll('h2').map((heading) => heading.text)).toEqual([
			'Images in the body',
			'Why co-locate',
		]);
		const image = content.querySelector('img');
		expect(image?.getAttribute('src')).toMatch(new RegExp(`^${SITE}/_astro/`));
		expect(fixtureSite.resolves(image?.getAttribute('src') ?? '')).toBe(true);

		const repeated = channel.item.find((entry: { link: string }) => entry.link.endsWith('/repeated-headings/'));
		const link = parse(repeated['content:encoded']).querySelector('a[href*="hostile-title"]');
		expect(link?.getAttribute('href')).toBe(`${SITE}/blog/hostile-title/`);
		expect(parse(repeated['content:encoded']).querySelector('pre')?.text).toContain(
			'export const answer: number = 42;'
		);
	});

	it('gives each item its tags as categories and its publication date', () => {
		const item = channel.item.find((entry: { link: string }) => entry.link.endsWith('/repeated-headings/'));
		expect(item.category).toEqual(['writing', 'web']);
		// 2026-02-15 starts at midnight in Dubai, 20:00 UTC the day before.
		expect(item.pubDate).toBe('Sat, 14 Feb 2026 20:00:00 GMT');
	});

	it('declares its own URL and takes its date from the newest article, not the clock', () => {
		expect(channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`);
		expect(channel['atom:link']['@_rel']).toBe('self');
		expect(channel.lastBuildDate).toBe(channel.item[0].pubDate);
	});
});

describe('sitemap', () => {
	const index = xml.parse(fixtureSite.read('sitemap-index.xml'));
	const urls: { loc: string; lastmod?: string }[] = index.sitemapindex.sitemap.flatMap(
		({ loc }: { loc: string }) => xml.parse(fixtureSite.read(new URL(loc).pathname.slice(1))).urlset.url
	);

	it('lists exactly the published pages', () => {
		const pages = fixtureSite
			.files()
			.filter((file) => file.endsWith('index.html'))
			.map((file) => `${SITE}/${file.replace(/index\.html$/, '')}`);
		expect(urls.map(({ loc }) => loc).sort()).toEqual(pages.sort());
	});

	it('gives articles a lastmod from updatedDate, else pubDate', () => {
		const lastmod = (slug: string) => urls.find(({ loc }) => loc === `${SITE}/blog/${slug}/`)?.lastmod;
		expect(lastmod('repeated-headings')).toMatch(/^2026-02-20/);
		expect(lastmod('single-heading')).toMatch(/^2026-01-20/);
	});

	it('is announced in robots.txt', () => {
		expect(fixtureSite.read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	});
});
