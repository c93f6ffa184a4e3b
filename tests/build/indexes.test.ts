import { describe, expect, it } from 'vitest';
import { fixtureSite, PUBLISHED_FIXTURE_SLUGS } from '../helpers/fixture-site';

function listedArticles(urlPath: string): string[] {
	return fixtureSite
		.page(urlPath)
		.querySelectorAll('main article h2 a')
		.map((link) => link.getAttribute('href') ?? '');
}

describe('blog index', () => {
	it('lists every published article newest first across pages of ten', () => {
		const listed = [...listedArticles('/blog/'), ...listedArticles('/blog/2/')];
		expect(listed).toEqual(PUBLISHED_FIXTURE_SLUGS.map((slug) => `/blog/${slug}/`));
		expect(listedArticles('/blog/')).toHaveLength(10);
		expect(fixtureSite.files()).not.toContain('blog/3/index.html');
	});

	it('links pages with rel=prev and rel=next, in the head and in the page', () => {
		const first = fixtureSite.page('/blog/');
		expect(first.querySelector('head link[rel=next]')?.getAttribute('href')).toBe('/blog/2/');
		expect(first.querySelector('head link[rel=prev]')).toBeNull();
		expect(
			first.querySelector('nav[aria-label=Pagination] a[rel=next]')?.getAttribute('href')
		).toBe('/blog/2/');
		const second = fixtureSite.page('/blog/2/');
		expect(second.querySelector('head link[rel=prev]')?.getAttribute('href')).toBe('/blog/');
		expect(second.querySelector('head link[rel=next]')).toBeNull();
		expect(second.querySelector('nav[aria-label=Pagination]')?.text).toContain('Page 2 of 2');
	});
});

describe('tags', () => {
	it('lists every tag with its article count on /tags/', () => {
		const tags = fixtureSite
			.page('/tags/')
			.querySelectorAll('main li a')
			.map((link) => [link.getAttribute('href'), link.text.replace(/\s+/g, ' ').trim()]);
		expect(tags).toEqual([
			['/tags/queues/', '#queues 5 articles'],
			['/tags/web/', '#web 4 articles'],
			['/tags/performance/', '#performance 3 articles'],
			['/tags/writing/', '#writing 2 articles'],
			['/tags/security/', '#security 1 article'],
		]);
	});

	it('treats tags that differ only in case as one tag', () => {
		// hostile-title is tagged "Web", the others "web": one page, one label.
		expect(fixtureSite.files().filter((file) => /^tags\/web\b.*\.html$/i.test(file))).toEqual([
			'tags/web/index.html',
		]);
		expect(listedArticles('/tags/web/')).toEqual([
			'/blog/hostile-title/',
			'/blog/repeated-headings/',
			'/blog/cjk-notes/',
			'/blog/performance-budgets/',
		]);
	});

	it('shows the tag in the heading and breadcrumbs of its page', () => {
		const tagPage = fixtureSite.page('/tags/performance/');
		expect(tagPage.querySelector('h1')?.text).toBe('Articles tagged #performance');
		expect(tagPage.querySelector('nav[aria-label="Breadcrumb"]')?.text).toContain('Tags');
	});

	it("counts a tag's articles and offers its feed, in words set apart by spaces", () => {
		const intro = fixtureSite.page('/tags/performance/').querySelector('main header p');
		expect(intro?.text.replace(/\s+/g, ' ').trim()).toBe(
			'3 articles · Subscribe to #performance (RSS)'
		);
	});
});

describe('home page', () => {
	it('introduces the author with the hero line of the site config and links the latest five articles', () => {
		const home = fixtureSite.page('/');
		expect(home.querySelector('h1')?.text.trim()).toBe(
			'Layla Haddad writes about engineering that ships.'
		);
		const latest = home
			.querySelectorAll('section[aria-labelledby="latest-heading"] h3 a')
			.map((link) => link.getAttribute('href'));
		expect(latest).toEqual(PUBLISHED_FIXTURE_SLUGS.slice(0, 5).map((slug) => `/blog/${slug}/`));
	});
});

describe('every page', () => {
	it('links the RSS feed for autodiscovery, a canonical URL and a favicon', () => {
		// Redirect pages of aliases are minimal documents; tests/build/redirects.test.ts covers them.
		const pages = fixtureSite
			.files()
			.filter((file) => file.endsWith('.html'))
			.filter((file) => !fixtureSite.page(`/${file}`).querySelector('meta[http-equiv=refresh]'));
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages) {
			const head = fixtureSite.page(`/${file}`).querySelector('head');
			expect(
				head
					?.querySelector('link[rel=alternate][type="application/rss+xml"]')
					?.getAttribute('href'),
				file
			).toBe('https://fieldnotes.example.com/rss.xml');
			const canonical = head?.querySelector('link[rel=canonical]')?.getAttribute('href');
			// Pages kept out of search engines (404, search) name no canonical URL.
			if (head?.querySelector('meta[name=robots][content=noindex]')) {
				expect(canonical, file).toBeUndefined();
			} else {
				expect(canonical, file).toBe(
					`https://fieldnotes.example.com/${file.replace(/index\.html$/, '')}`
				);
			}
			expect(head?.querySelector('link[rel=icon]')?.getAttribute('href'), file).toBe(
				'/favicon.svg'
			);
		}
		expect(fixtureSite.files()).toContain('favicon.svg');
	});

	it('starts with a skip link to the main content', () => {
		const page = fixtureSite.page('/blog/');
		const skip = page.querySelector('body > a');
		expect(skip?.getAttribute('href')).toBe('#main');
		expect(page.getElementById('main')?.tagName).toBe('MAIN');
	});

	it('serves a not-found page that search engines do not index', () => {
		const notFound = fixtureSite.page('/404.html');
		expect(notFound.querySelector('h1')?.text).toBe('Page not found');
		expect(notFound.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
	});
});
