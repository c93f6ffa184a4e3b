import { describe, expect, it } from 'vitest';
import {
	exampleSite,
	exampleSiteUnderBasePath,
	fixtureSite,
	PUBLISHED_FIXTURE_SLUGS,
} from '../helpers/fixture-site';
import { readSearchIndex } from '../helpers/search-index';

const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>`;

function policyOf(site: typeof fixtureSite, path: string): string {
	return (
		site
			.page(path)
			.querySelector('meta[http-equiv="content-security-policy"]')
			?.getAttribute('content') ?? ''
	);
}

describe('the search index', () => {
	const indexed = readSearchIndex(fixtureSite);

	it('holds exactly the published articles, case studies and experiments', () => {
		expect(indexed.map(({ url }) => url)).toEqual(
			[
				...PUBLISHED_FIXTURE_SLUGS.map((slug) => `/blog/${slug}/`),
				'/case-studies/clinic-booking/',
				'/case-studies/queue-migration/',
				'/experiments/old-tool/',
				'/experiments/queue-inspector/',
			].sort()
		);
	});

	it('keeps drafts and scheduled posts out of the index', () => {
		const text = JSON.stringify(indexed);
		for (const sentinel of [
			'DRAFT-SENTINEL',
			'SCHEDULED-SENTINEL',
			'UNPUBLISHED CASE STUDY TEXT',
			'draft-only-tag',
			'scheduled-only-tag',
		]) {
			expect(text).not.toContain(sentinel);
		}
	});

	it('indexes the title, the body and the tags and type as filters', () => {
		const article = indexed.find(({ url }) => url === '/blog/performance-budgets/');
		const page = fixtureSite.page('/blog/performance-budgets/');
		expect(article?.title).toBe(page.querySelector('h1')?.text.trim());
		const firstParagraph = page.querySelector('.prose p')?.text.trim() ?? '';
		expect(firstParagraph.length).toBeGreaterThan(20);
		expect(article?.content).toContain(firstParagraph.slice(0, 40));
		const tags = page
			.querySelectorAll('ul[aria-label="Tags"] li')
			.map((li) => li.text.trim().slice(1));
		expect(article?.filters).toEqual({ type: ['Article'], tag: tags });
		expect(indexed.find(({ url }) => url === '/case-studies/clinic-booking/')?.filters).toEqual({
			type: ['Case study'],
		});
		expect(indexed.find(({ url }) => url === '/experiments/old-tool/')?.filters).toEqual({
			type: ['Experiment'],
		});
	});

	it('leaves page chrome out of the indexed text: breadcrumbs, contents, share links, author card', () => {
		const article = indexed.find(({ url }) => url === '/blog/performance-budgets/');
		expect(article?.content).not.toMatch(
			/In this article|Share on|Copy link|Keep reading|Home\b.*Blog/
		);
	});

	it('indexes a case study or an experiment as its header and body, without its facts and links', () => {
		expect(indexed.find(({ url }) => url === '/experiments/old-tool/')?.content).toBe(
			'Old tool. Kept for the record. No longer maintained.'
		);
		expect(indexed.find(({ url }) => url === '/case-studies/clinic-booking/')?.content).not.toMatch(
			/Client|Industry|Lead engineer|Clinic Co/
		);
	});

	it('keeps a hostile title as plain text', () => {
		expect(indexed.find(({ url }) => url === '/blog/hostile-title/')?.title).toBe(HOSTILE_TITLE);
	});

	it('ships only what the search page loads, not Pagefind’s own UIs', () => {
		const bundle = exampleSite.files().filter((file) => file.startsWith('pagefind/'));
		expect(bundle).toEqual(
			expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
		);
		expect(
			bundle.filter((file) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file))
		).toEqual([]);
	});
});

describe('the search page', () => {
	it('is kept out of search engines and the sitemap', () => {
		const page = exampleSite.page('/search/');
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('link[rel="canonical"]')).toBeNull();
		const sitemap = exampleSite.read('sitemap-0.xml');
		expect(sitemap).not.toContain('/search/');
	});

	it('links to the blog index and the tags for readers without JavaScript, and hides the form', () => {
		const page = exampleSite.page('/search/');
		const fallback = page.querySelector('[data-search-fallback]');
		expect(fallback?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'/blog/',
			'/tags/',
		]);
		expect(page.querySelector('form[role="search"]')?.hasAttribute('hidden')).toBe(true);
		expect(page.querySelector('label[for="search-query"]')?.text).toMatch(/Search articles/);
	});

	it('points the script at the bundle under the base path', () => {
		const search = exampleSiteUnderBasePath.page('/search/').querySelector('site-search');
		expect(search?.getAttribute('data-bundle')).toBe('/notes/pagefind/');
		expect(search?.getAttribute('data-base')).toBe('/notes/');
		expect(exampleSiteUnderBasePath.files()).toContain('pagefind/pagefind.js');
	});

	it('is the only page whose policy lets WebAssembly compile', () => {
		expect(policyOf(exampleSite, '/search/')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
		expect(policyOf(exampleSite, '/blog/idempotent-webhooks/')).not.toContain('wasm-unsafe-eval');
		expect(policyOf(exampleSite, '/')).not.toContain('wasm-unsafe-eval');
	});

	it('is linked from the header of every page with the / shortcut', () => {
		for (const path of ['/', '/blog/', '/blog/idempotent-webhooks/', '/404.html']) {
			const link = exampleSite.page(path).querySelector('header a[data-search-link]');
			expect(link?.getAttribute('href')).toBe('/search/');
			expect(link?.getAttribute('aria-keyshortcuts')).toBe('/');
			expect(link?.text.trim()).toBe('Search');
		}
	});
});
