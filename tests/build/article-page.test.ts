import { describe, expect, it } from 'vitest';
import { fixtureSite, PUBLISHED_FIXTURE_SLUGS } from '../helpers/fixture-site';

const page = fixtureSite.page('/blog/repeated-headings/');

describe('article page', () => {
	it('shows breadcrumbs Home › Blog › title', () => {
		const crumbs = page.querySelectorAll('nav[aria-label="Breadcrumb"] li');
		expect(crumbs.map((crumb) => crumb.text.replace('›', '').trim())).toEqual([
			'Home',
			'Blog',
			'Repeated headings get unique anchors',
		]);
		expect(crumbs[1]?.querySelector('a')?.getAttribute('href')).toBe('/blog/');
		expect(crumbs[2]?.querySelector('[aria-current=page]')).not.toBeNull();
	});

	it('has exactly one h1, the title', () => {
		const headings = page.querySelectorAll('h1');
		expect(headings).toHaveLength(1);
		expect(headings[0]?.text.trim()).toBe('Repeated headings get unique anchors');
	});

	it('shows publication and updated dates as <time datetime> in the site locale', () => {
		const times = page.querySelectorAll('article header time');
		expect(times.map((time) => [time.getAttribute('datetime'), time.text])).toEqual([
			['2026-02-15', '15 February 2026'],
			['2026-02-20', '20 February 2026'],
		]);
		expect(page.querySelector('article header')?.text).toContain('Updated');
	});

	it('shows a reading time', () => {
		expect(page.querySelector('article header')?.text).toMatch(/\b1 min read\b/);
	});

	it('lists the h2 and h3 headings, nested, in the table of contents with unique anchors', () => {
		const toc = page.querySelector('table-of-contents nav');
		expect(toc?.querySelector('h2')?.text).toBe('In this article');
		const topLevel = toc?.querySelectorAll(':scope > ol > li') ?? [];
		expect(topLevel.map((item) => item.querySelector('a')?.text)).toEqual([
			'Setup',
			'Teardown',
			'Summary',
		]);
		const links = toc?.querySelectorAll('a') ?? [];
		const hrefs = links.map((link) => link.getAttribute('href'));
		expect(hrefs).toEqual(['#setup', '#example', '#teardown', '#example-1', '#summary']);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		for (const href of hrefs) {
			const target = page.getElementById(href?.slice(1) ?? '');
			expect(target, `${href} has a target`).not.toBeNull();
			expect(['H2', 'H3']).toContain(target?.tagName);
		}
	});

	it('omits the table of contents when an article has fewer than two headings', () => {
		const single = fixtureSite.page('/blog/single-heading/');
		expect(single.querySelector('table-of-contents')).toBeNull();
		expect(single.text).not.toContain('In this article');
	});

	it('renders code in both themes and an unknown language as plain text', () => {
		const blocks = page.querySelectorAll('pre.astro-code');
		expect(blocks.map((block) => block.getAttribute('data-language'))).toEqual(['ts', 'plaintext']);
		// Each token's colour in each theme is a class whose rule sets the variable global.css
		// reads; a style attribute would be blocked by the Content-Security-Policy.
		const css = fixtureSite
			.files()
			.filter((file) => file.endsWith('.css'))
			.map((file) => fixtureSite.read(file))
			.join('\n');
		const coloursOf = (element: (typeof blocks)[number] | undefined) =>
			(element?.getAttribute('class') ?? '')
				.split(' ')
				.flatMap((name) => [
					...css.matchAll(
						new RegExp(`\\.${name}\\{(--shiki-(?:light|dark)):(#[0-9a-f]{6})\\}`, 'g')
					),
				])
				.map(([, variable, colour]) => `${variable}:${colour}`);
		expect(blocks[0]?.getAttribute('style')).toBeUndefined();
		expect(coloursOf(blocks[0])).toEqual(['--shiki-light:#1f2328', '--shiki-dark:#e6edf3']);
		const themedTokens = (blocks[0]?.querySelectorAll('span span') ?? []).filter(
			(span) => span.getAttribute('style') === undefined && coloursOf(span).length === 2
		);
		expect(themedTokens.length).toBeGreaterThan(1);
		expect(new Set(themedTokens.map((span) => coloursOf(span).join())).size).toBeGreaterThan(1);
		expect(blocks[1]?.text).toContain('this language does not exist');
	});

	it('links tags to their tag pages', () => {
		const tags = page.querySelectorAll('ul[aria-label="Tags"] a');
		expect(tags.map((tag) => tag.getAttribute('href'))).toEqual(['/tags/writing/', '/tags/web/']);
		for (const tag of tags) expect(fixtureSite.resolves(tag.getAttribute('href') ?? '')).toBe(true);
	});

	it('offers share links with the encoded page URL and no third-party script', () => {
		const encoded = encodeURIComponent('https://fieldnotes.example.com/blog/repeated-headings/');
		const hrefs = page
			.querySelectorAll('section[aria-labelledby="share-heading"] a')
			.map((link) => link.getAttribute('href') ?? '');
		expect(hrefs).toHaveLength(4);
		expect(hrefs.find((href) => href.startsWith('https://x.com/'))).toContain(`url=${encoded}`);
		expect(hrefs.find((href) => href.startsWith('https://www.linkedin.com/'))).toContain(
			`url=${encoded}`
		);
		expect(hrefs.find((href) => href.startsWith('https://t.me/'))).toContain(`url=${encoded}`);
		expect(hrefs.find((href) => href.startsWith('mailto:'))).toContain(`body=${encoded}`);
		expect(page.querySelector('copy-link')?.getAttribute('data-url')).toBe(
			'https://fieldnotes.example.com/blog/repeated-headings/'
		);
		for (const script of page.querySelectorAll('script[src]')) {
			expect(script.getAttribute('src')).toMatch(/^\/_astro\//);
		}
	});

	it('shows the author card with photo, name, role and location', () => {
		const card = page.querySelector('aside[aria-label="About the author"]');
		expect(card?.text).toContain('Layla Haddad');
		expect(card?.text).toContain('Forward Deployed Engineer · Dubai');
		const photo = card?.querySelector('img');
		expect(photo?.getAttribute('alt')).toBe('Portrait of Layla Haddad');
		expect(fixtureSite.resolves(photo?.getAttribute('src') ?? '')).toBe(true);
	});

	it('keeps reading with three related articles that exist and are not the article itself', () => {
		const related = page.querySelectorAll('[aria-labelledby="keep-reading"] ul > li');
		expect(related).toHaveLength(3);
		for (const item of related) {
			const titleLink = item.querySelector('h3 a')?.getAttribute('href') ?? '';
			expect(titleLink).not.toBe('/blog/repeated-headings/');
			expect(PUBLISHED_FIXTURE_SLUGS.map((slug) => `/blog/${slug}/`)).toContain(titleLink);
			expect(fixtureSite.resolves(titleLink)).toBe(true);
			expect(item.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(item.querySelector('p.text-muted:not(:has(time))')?.text.length).toBeGreaterThan(10);
			const readMore = [...item.querySelectorAll('a')].find((link) =>
				link.text.includes('Read more')
			);
			expect(readMore?.getAttribute('href')).toBe(titleLink);
		}
	});

	it('picks related articles by shared tags first', () => {
		const related = fixtureSite
			.page('/blog/series-part-1/')
			.querySelectorAll('[aria-labelledby="keep-reading"] ul h3 a')
			.map((link) => link.getAttribute('href'));
		expect(related).toEqual([
			'/blog/series-part-5/',
			'/blog/series-part-4/',
			'/blog/series-part-3/',
		]);
	});

	it('serves the cover through astro:assets with a responsive srcset, size and eager loading', () => {
		const withCover = fixtureSite.page('/blog/with-cover/');
		const picture = withCover.querySelector('main article picture');
		const sources = picture?.querySelectorAll('source') ?? [];
		expect(sources.map((source) => source.getAttribute('type'))).toEqual([
			'image/avif',
			'image/webp',
		]);
		for (const source of sources) {
			expect(source.getAttribute('srcset')?.split(',').length).toBeGreaterThan(1);
		}
		const image = picture?.querySelector('img');
		expect(image?.getAttribute('alt')).toBe('A teal square with a white letter F');
		expect(Number(image?.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(image?.getAttribute('height'))).toBeGreaterThan(0);
		expect(image?.getAttribute('loading')).toBe('eager');
		expect(image?.getAttribute('fetchpriority')).toBe('high');
	});

	it('links each body image to its full-size file', () => {
		const link = fixtureSite.page('/blog/with-cover/').querySelector('.prose a.image-link');
		const href = link?.getAttribute('href') ?? '';
		expect(link?.querySelector('img')?.getAttribute('alt')).toBe(
			'A teal square with a white letter F, again'
		);
		expect(link?.text).toContain('(full size)');
		// The largest rendition astro:assets made, the one the image itself shows.
		expect(href).toBe(link?.querySelector('img')?.getAttribute('src'));
		expect(href).toMatch(/^\/_astro\/.+\.webp$/);
		expect(fixtureSite.resolves(href)).toBe(true);
	});

	it('loads body images lazily with their alt text and dimensions', () => {
		const image = fixtureSite.page('/blog/with-cover/').querySelector('.prose img');
		expect(image?.getAttribute('alt')).toBe('A teal square with a white letter F, again');
		expect(image?.getAttribute('loading')).toBe('lazy');
		expect(Number(image?.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(image?.getAttribute('height'))).toBeGreaterThan(0);
		expect(fixtureSite.resolves(image?.getAttribute('src') ?? '')).toBe(true);
	});
});
