import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPageLinks } from '@/features/link-check/link-check';
import { parseRss, parseSitemap, parseSitemapIndex } from '../helpers/feeds';
import { exampleSite, exampleSiteUnderBasePath as site } from '../helpers/fixture-site';
import { parseHeadersFile } from '../helpers/headers-file';
import { SITES } from '../helpers/sites';

const SITE_URL = 'https://layla.github.io/notes/';
const htmlFiles = site.files().filter((file) => file.endsWith('.html'));

/** Every link, image and script URL of every page, by page file. */
const linksByPage = htmlFiles.map(
	(file) => [file, collectPageLinks(site.read(file)).links] as const
);

describe('the example site built for https://layla.github.io/notes/ (base path /notes/)', () => {
	it('builds the same pages as at the root of a domain', () => {
		const pages = (files: string[]) => files.filter((file) => file.endsWith('.html'));
		expect(pages(site.files())).toEqual(pages(exampleSite.files()));
	});

	it('passes the link checker, which resolves links under the base path', () => {
		const log = readFileSync(SITES.exampleUnderBasePath.log, 'utf8');
		expect(log).toMatch(
			/\[fieldnotes:link-checker\] [1-9]\d* links on \d+ pages checked in \d+ ms: none broken\./
		);
	});

	it('puts every site-relative link, asset and script under /notes/', () => {
		const outside = linksByPage.flatMap(([file, links]) =>
			links
				.filter((link) => link.startsWith('/') && !link.startsWith('/notes/'))
				.map((link) => `${file}: ${link}`)
		);
		expect(outside).toEqual([]);
	});

	it('resolves every link under /notes/ to a file of the output, /notes/ being its root', () => {
		const missing = linksByPage.flatMap(([file, links]) =>
			links
				.filter((link) => link.startsWith('/notes/'))
				.filter((link) => !site.resolves(link.slice('/notes'.length)))
				.map((link) => `${file}: ${link}`)
		);
		expect(missing).toEqual([]);
	});

	it('rewrites links written in Markdown and MDX content as site paths', () => {
		// content/blog/writing-useful-incident-postmortems.md links to /blog/idempotent-webhooks/.
		const body = site.page('/blog/writing-useful-incident-postmortems/').querySelector('main');
		const hrefs = body?.querySelectorAll('a').map((link) => link.getAttribute('href'));
		expect(hrefs).toContain('/notes/blog/idempotent-webhooks/');
		expect(hrefs).not.toContain('/blog/idempotent-webhooks/');
	});

	it('gives canonical, feed and share URLs under the site URL', () => {
		const article = site.page('/blog/idempotent-webhooks/');
		expect(article.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
			`${SITE_URL}blog/idempotent-webhooks/`
		);
		expect(article.querySelector('link[rel=alternate]')?.getAttribute('href')).toBe(
			`${SITE_URL}rss.xml`
		);
		const channel = parseRss(site.read('rss.xml'));
		expect(channel['atom:link']['@_href']).toBe(`${SITE_URL}rss.xml`);
		expect(channel.item.length).toBeGreaterThan(0);
		for (const item of channel.item) {
			expect(item.link.startsWith(`${SITE_URL}blog/`), item.link).toBe(true);
			expect(site.resolves(new URL(item.link).pathname.slice('/notes'.length))).toBe(true);
		}
	});

	it('lists sitemap URLs under the site URL, each with a page behind it', () => {
		const [sitemap, ...others] = parseSitemapIndex(site.read('sitemap-index.xml'));
		expect(others).toEqual([]);
		expect(sitemap).toBe(`${SITE_URL}sitemap-0.xml`);
		const urls = parseSitemap(site.read('sitemap-0.xml'));
		for (const { loc } of urls) {
			expect(loc.startsWith(SITE_URL), loc).toBe(true);
			expect(site.resolves(new URL(loc).pathname.slice('/notes'.length)), loc).toBe(true);
		}
		// lastmod comes from the articles' dates, looked up by path without the base.
		const article = urls.find(({ loc }) => loc === `${SITE_URL}blog/idempotent-webhooks/`);
		expect(article?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
	});

	it('scopes the _headers rules to /notes/', () => {
		expect(parseHeadersFile(site.read('_headers')).map(({ pattern }) => pattern)).toEqual([
			'/notes/*',
			'/notes/_astro/*',
			'/notes/search/',
			'/notes/search/index.html',
			'/notes/pagefind/*',
		]);
	});
});
