import { describe, expect, it } from 'vitest';
import { parseRss, parseSitemap, parseSitemapIndex } from '../helpers/feeds';
import { fixtureSite as site } from '../helpers/fixture-site';
import { readSearchIndex } from '../helpers/search-index';

// tests/fixtures/site/series/queues.yaml: five published parts (blog/series-part-1.md … 5, one a
// month from January 2025) and a draft part (blog/draft-post/). series/scheduled-only.yaml: one
// scheduled part (blog/scheduled-post.md).
const SERIES_TITLE = 'Queues & <back-pressure>';
const PARTS = ['January', 'February', 'March', 'April', 'May'].map((month, index) => ({
	number: index + 1,
	slug: `series-part-${index + 1}`,
	title: `Series part ${index + 1}: notes on queues`,
	date: `${index + 1} ${month} 2025`,
}));

const squash = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

function seriesBoxOf(slug: string) {
	const box = site.page(`/blog/${slug}/`).querySelector('nav[aria-labelledby="series-box"]');
	if (!box) throw new Error(`/blog/${slug}/ has no series box`);
	return box;
}

function jsonLdOf(path: string): Record<string, unknown>[] {
	return site
		.page(path)
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.rawText) as Record<string, unknown>);
}

describe('the series index /series/', () => {
	it('lists each series with a published part, with its part count and a link to it', () => {
		const items = site.page('/series/').querySelectorAll('main ul > li');
		expect(
			items.map((item) => [
				squash(item.querySelector('h2')?.text),
				item.querySelector('h2 a')?.getAttribute('href'),
				squash(item.querySelector('p')?.text),
			])
		).toEqual([[SERIES_TITLE, '/series/queues/', '5 parts']]);
	});

	it('leaves out a series whose only part is scheduled, which gets no page either', () => {
		expect(site.files().filter((file) => file.includes('scheduled-only'))).toEqual([]);
		expect(site.read('series/index.html')).not.toContain('SCHEDULED-SENTINEL');
	});
});

describe('a series page /series/<id>/', () => {
	const page = site.page('/series/queues/');

	it('shows the series title as text, with its description', () => {
		expect(squash(page.querySelector('h1')?.text)).toBe(SERIES_TITLE);
		expect(site.read('series/queues/index.html')).toContain('Queues &amp; &lt;back-pressure&gt;');
		expect(page.querySelector('main')?.text).toContain('Notes on queues, one idea per part.');
	});

	it('lists the published parts in order of publication, numbered, with their dates', () => {
		const items = page.querySelectorAll('main > ol > li');
		expect(
			items.map((item) => [
				item.querySelector('h2 a')?.getAttribute('href'),
				squash(item.querySelector('h2')?.text),
				item.querySelector('time')?.getAttribute('datetime'),
				squash(item.querySelector('p')?.text),
			])
		).toEqual(
			PARTS.map(({ number, slug, title, date }) => [
				`/blog/${slug}/`,
				title,
				`2025-0${number}-0${number}`,
				`Part ${number} · ${date}`,
			])
		);
	});

	it('has breadcrumbs through the series index', () => {
		const trail = page.querySelectorAll('nav[aria-label="Breadcrumb"] li');
		expect(trail.map((item) => squash(item.querySelector('a, [aria-current]')?.text))).toEqual([
			'Home',
			'Series',
			SERIES_TITLE,
		]);
		expect(page.querySelector('nav[aria-label="Breadcrumb"] a[href="/series/"]')).not.toBeNull();
	});

	it('has a social card, like section and tag pages', () => {
		for (const [path, card] of [
			['/series/queues/', '/social-cards/series/queues.png'],
			['/series/', '/social-cards/series.png'],
		] as const) {
			const image = site.page(path).querySelector('meta[property="og:image"]');
			expect(image?.getAttribute('content')).toBe(`https://fieldnotes.example.com${card}`);
			expect(site.files()).toContain(card.slice(1));
		}
	});
});

describe('the series box on each part', () => {
	it.each(PARTS)('says "Part $number of 5" on $slug and links the series', ({ slug, number }) => {
		const heading = seriesBoxOf(slug).querySelector('h2');
		expect(squash(heading?.text)).toBe(`Part ${number} of 5 in ${SERIES_TITLE}`);
		expect(heading?.querySelector('a')?.getAttribute('href')).toBe('/series/queues/');
	});

	it.each(PARTS)('lists every part in order on $slug, marking only itself', ({ slug, title }) => {
		const items = seriesBoxOf(slug).querySelectorAll('ol > li');
		expect(items.map((item) => squash(item.text))).toEqual(PARTS.map((part) => part.title));
		const current = seriesBoxOf(slug).querySelectorAll('[aria-current]');
		expect(current.map((element) => [element.getAttribute('aria-current'), element.text])).toEqual([
			['page', title],
		]);
		expect(
			items.flatMap((item) => item.querySelectorAll('a').map((link) => link.getAttribute('href')))
		).toEqual(PARTS.filter((part) => part.slug !== slug).map((part) => `/blog/${part.slug}/`));
	});

	it('links the previous and the next part, and neither past the ends', () => {
		const neighbours = (slug: string) =>
			seriesBoxOf(slug)
				.querySelectorAll('p a')
				.map((link) => [squash(link.text), link.getAttribute('href')]);
		expect(neighbours('series-part-1')).toEqual([
			['Next: Series part 2: notes on queues →', '/blog/series-part-2/'],
		]);
		expect(neighbours('series-part-3')).toEqual([
			['← Previous: Series part 2: notes on queues', '/blog/series-part-2/'],
			['Next: Series part 4: notes on queues →', '/blog/series-part-4/'],
		]);
		expect(neighbours('series-part-5')).toEqual([
			['← Previous: Series part 4: notes on queues', '/blog/series-part-4/'],
		]);
	});

	it('sits below the article header and before the body', () => {
		const box = seriesBoxOf('series-part-2');
		expect(box.closest('header')).toBeNull();
		expect(box.closest('article')).not.toBeNull();
		expect(box.nextElementSibling?.classList.contains('prose')).toBe(true);
		expect(box.nextElementSibling?.querySelector('h2')?.text).toBe('What part 2 covers');
	});

	it('is not on an article outside a series', () => {
		expect(
			site.page('/blog/reading-aids/').querySelector('nav[aria-labelledby="series-box"]')
		).toBeNull();
	});

	it('is left out of the search index, which holds each part once with its own text', () => {
		const pages = readSearchIndex(site).filter(({ url }) => url.startsWith('/blog/series-part-'));
		expect(pages.map(({ url }) => url).sort()).toEqual(PARTS.map(({ slug }) => `/blog/${slug}/`));
		for (const { content, url } of pages) {
			expect(content, url).not.toMatch(/Part \d of 5|Previous:|Next:/);
		}
	});
});

describe('structured data of a part', () => {
	it('names the series as isPartOf, a CreativeWorkSeries with its page URL', () => {
		const posting = jsonLdOf('/blog/series-part-2/').find(
			(data) => data['@type'] === 'BlogPosting'
		);
		expect(posting?.['isPartOf']).toEqual({
			'@type': 'CreativeWorkSeries',
			name: SERIES_TITLE,
			url: 'https://fieldnotes.example.com/series/queues/',
		});
	});

	it('has no isPartOf on an article outside a series', () => {
		const posting = jsonLdOf('/blog/reading-aids/').find((data) => data['@type'] === 'BlogPosting');
		expect(posting).toBeDefined();
		expect(posting).not.toHaveProperty('isPartOf');
	});
});

describe('series pages in the site maps', () => {
	it('are in the XML sitemap', () => {
		const urls = parseSitemapIndex(site.read('sitemap-index.xml')).flatMap((loc) =>
			parseSitemap(site.read(new URL(loc).pathname.slice(1))).map((url) => url.loc)
		);
		expect(urls).toEqual(
			expect.arrayContaining([
				'https://fieldnotes.example.com/series/',
				'https://fieldnotes.example.com/series/queues/',
			])
		);
		expect(urls.filter((url) => url.includes('/series/'))).toHaveLength(2);
	});

	it('are in the HTML site map, under Series', () => {
		const section = site
			.page('/site-map/')
			.querySelector('section[aria-labelledby="site-map-series"]');
		expect(
			section?.querySelectorAll('a').map((link) => [squash(link.text), link.getAttribute('href')])
		).toEqual([
			['All series', '/series/'],
			[SERIES_TITLE, '/series/queues/'],
		]);
	});
});

describe('an unpublished part', () => {
	it('is counted nowhere: not in a box, the series page, the index count or the feed', () => {
		const texts = [
			seriesBoxOf('series-part-5').text,
			site.read('series/queues/index.html'),
			site.read('series/index.html'),
		];
		for (const text of texts) {
			expect(text).not.toContain('DRAFT-SENTINEL');
			expect(text).not.toContain('draft-post');
			expect(text).not.toMatch(/of 6|6 parts/);
		}
		const items = parseRss(site.read('rss.xml')).item;
		expect(items.some(({ link }) => link.includes('series-part-5'))).toBe(true);
		expect(items.some(({ title }) => title.includes('SENTINEL'))).toBe(false);
	});

	it('is in no search result', () => {
		const index = readSearchIndex(site);
		expect(index.length).toBeGreaterThan(0);
		expect(index.filter(({ title, content }) => /SENTINEL/.test(title + content))).toEqual([]);
	});
});
