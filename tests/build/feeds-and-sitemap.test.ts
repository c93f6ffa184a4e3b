import { XMLValidator } from 'fast-xml-parser';
import { parseHtml as parse } from '../helpers/parse-html';
import { describe, expect, it } from 'vitest';
import { parseRss, parseSitemap, parseSitemapIndex, type RssItem } from '../helpers/feeds';
import { fixtureSite, PUBLISHED_FIXTURE_SLUGS } from '../helpers/fixture-site';

const SITE = 'https://fieldnotes.example.com';

function findItem(items: RssItem[], slug: string): RssItem {
	const item = items.find(({ link }) => link === `${SITE}/blog/${slug}/`);
	if (!item) throw new Error(`No feed item for ${slug}`);
	return item;
}

describe('rss.xml', () => {
	const source = fixtureSite.read('rss.xml');
	const channel = parseRss(source);

	it('is well-formed XML', () => {
		expect(XMLValidator.validate(source)).toBe(true);
	});

	it('has one item per published article, newest first, with absolute links', () => {
		expect(channel.item.map((item) => item.link)).toEqual(
			PUBLISHED_FIXTURE_SLUGS.map((slug) => `${SITE}/blog/${slug}/`)
		);
	});

	it('carries the full rendered content with absolute URLs', () => {
		const content = parse(findItem(channel.item, 'with-cover')['content:encoded']);
		expect(content.querySelectorAll('h2').map((heading) => heading.text)).toEqual([
			'Images in the body',
			'Why co-locate',
		]);
		const image = content.querySelector('img');
		expect(image?.getAttribute('src')).toMatch(new RegExp(`^${SITE}/_astro/`));
		expect(fixtureSite.resolves(image?.getAttribute('src') ?? '')).toBe(true);

		const repeated = findItem(channel.item, 'repeated-headings');
		const link = parse(repeated['content:encoded']).querySelector('a[href*="hostile-title"]');
		expect(link?.getAttribute('href')).toBe(`${SITE}/blog/hostile-title/`);
		expect(parse(repeated['content:encoded']).querySelector('pre')?.text).toContain(
			'export const answer: number = 42;'
		);
	});

	it('renders MDX components inside the feed content, as on the page', () => {
		const content = parse(findItem(channel.item, 'performance-budgets')['content:encoded']);
		expect(content.querySelector('aside.fixture-note')?.text).toBe(
			'Rendered by a component: MDX components render in the page and the feed.'
		);
		const page = fixtureSite.page('/blog/performance-budgets/');
		expect(page.querySelector('.prose aside.fixture-note')?.text).toBe(
			content.querySelector('aside.fixture-note')?.text
		);
	});

	it('gives each item its tags as categories and its publication date', () => {
		const item = findItem(channel.item, 'repeated-headings');
		expect(item.category).toEqual(['writing', 'web']);
		// 2026-02-15 starts at midnight in Dubai, 20:00 UTC the day before.
		expect(item.pubDate).toBe('Sat, 14 Feb 2026 20:00:00 GMT');
	});

	it('declares its own URL and takes its date from the newest article, not the clock', () => {
		expect(channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`);
		expect(channel['atom:link']['@_rel']).toBe('self');
		expect(channel.lastBuildDate).toBe(channel.item[0]?.pubDate);
	});
});

describe('sitemap', () => {
	const urls = parseSitemapIndex(fixtureSite.read('sitemap-index.xml')).flatMap((loc) =>
		parseSitemap(fixtureSite.read(new URL(loc).pathname.slice(1)))
	);

	it('lists exactly the published pages, leaving out redirects and pages kept from search engines', () => {
		const pages = fixtureSite
			.files()
			.filter((file) => file.endsWith('index.html'))
			.filter((file) => !fixtureSite.page(`/${file}`).querySelector('meta[http-equiv=refresh]'))
			.filter((file) => !fixtureSite.page(`/${file}`).querySelector('meta[name=robots]'))
			.map((file) => `${SITE}/${file.replace(/index\.html$/, '')}`);
		expect(urls.map(({ loc }) => loc).sort()).toEqual(pages.sort());
	});

	it('gives articles a lastmod from updatedDate, else pubDate', () => {
		const lastmod = (slug: string) =>
			urls.find(({ loc }) => loc === `${SITE}/blog/${slug}/`)?.lastmod;
		// Bare days start at midnight in the site's time zone (Dubai, UTC+4), as on the page.
		expect(lastmod('repeated-headings')).toBe('2026-02-19T20:00:00.000Z');
		expect(lastmod('single-heading')).toBe('2026-01-19T20:00:00.000Z');
	});

	it('is announced in robots.txt', () => {
		expect(fixtureSite.read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	});
});
