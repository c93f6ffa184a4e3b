import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { PROJECT_ROOT } from '../helpers/astro-build';
import type { BuiltSite } from '../helpers/built-site';
import { runTool } from '../helpers/external-tools';
import { readWithFeedparser } from '../helpers/feedparser';
import { parseSitemap, parseSitemapIndex } from '../helpers/feeds';
import {
	exampleSite,
	exampleSiteUnderBasePath,
	fixtureSite,
	PUBLISHED_FIXTURE_SLUGS,
} from '../helpers/fixture-site';

/**
 * Validates a file of a built site against one of the sitemaps.org schemas with libxml2's
 * xmllint, compiled to WebAssembly: the same validator as Debian's, without a system package.
 */
async function validateXml(site: BuiltSite, file: string, schema: string): Promise<string> {
	const { valid, rawOutput } = await validateXML({
		xml: [{ fileName: file, contents: site.read(file) }],
		schema: [
			{ fileName: schema, contents: readFileSync(`${PROJECT_ROOT}tests/xsd/${schema}`, 'utf8') },
		],
	});
	return valid ? 'valid' : rawOutput;
}

/** The site path of an absolute URL of a site served at `siteUrl`. */
function sitePath(url: string, siteUrl: string): string {
	return `/${url.slice(siteUrl.length)}`;
}

describe.each([
	['example', exampleSite, 7, 'https://fieldnotes.example.com/'],
	['fixture', fixtureSite, PUBLISHED_FIXTURE_SLUGS.length, 'https://fieldnotes.example.com/'],
	['example under /notes/', exampleSiteUnderBasePath, 7, 'https://layla.github.io/notes/'],
])('the %s site read by real parsers', (_name, site, publishedArticles, siteUrl) => {
	it.each([
		['an RSS', 'rss.xml', 'rss20'],
		['an Atom', 'atom.xml', 'atom10'],
	])(
		'has %s feed that feedparser reads without complaint, one entry per published article',
		(_kind, file, version) => {
			const feed = readWithFeedparser(site, file);
			expect(feed.bozo_exception).toBe('');
			expect(feed.bozo).toBe(0);
			expect(feed.version).toBe(version);
			expect(feed.title).toBe('Fieldnotes');
			expect(feed.links).toHaveLength(publishedArticles);
			expect(feed.contents.every((count) => count === 1)).toBe(true);
			for (const link of feed.links) {
				expect(link.startsWith(`${siteUrl}blog/`), link).toBe(true);
				expect(site.resolves(sitePath(link, siteUrl)), link).toBe(true);
			}
			// The cover of each article that has one, at a file of the build.
			for (const { href, length, type } of feed.enclosures.flat()) {
				expect(type).toBe('image/jpeg');
				expect(site.resolves(sitePath(href, siteUrl)), href).toBe(true);
				expect(Number(length)).toBe(site.size(sitePath(href, siteUrl).slice(1)));
			}
		}
	);

	it('has a feed per tag that feedparser reads without complaint', () => {
		const feeds = site.files().filter((file) => /^tags\/[^/]+\/rss\.xml$/.test(file));
		expect(feeds.length).toBeGreaterThan(3);
		for (const file of feeds) {
			const feed = readWithFeedparser(site, file);
			expect(feed.bozo_exception, file).toBe('');
			expect(feed.bozo, file).toBe(0);
			expect(feed.version).toBe('rss20');
			expect(feed.links.length, file).toBeGreaterThan(0);
			expect(feed.contents.every((count) => count === 1)).toBe(true);
		}
	});

	it('has a sitemap index and sitemaps valid against the sitemaps.org 0.9 schemas', async () => {
		expect(await validateXml(site, 'sitemap-index.xml', 'siteindex.xsd')).toBe('valid');
		const sitemaps = parseSitemapIndex(site.read('sitemap-index.xml'));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const sitemap of sitemaps) {
			const file = sitePath(sitemap, siteUrl).slice(1);
			expect(await validateXml(site, file, 'sitemap.xsd')).toBe('valid');
			for (const { loc } of parseSitemap(site.read(file))) {
				expect(site.resolves(sitePath(loc, siteUrl)), loc).toBe(true);
			}
		}
	});
});

describe('the W3C Nu HTML Checker', () => {
	it('finds no error in any page of the three built sites', () => {
		const { status, stdout, stderr } = runTool(
			'java',
			[
				'-jar',
				`${PROJECT_ROOT}node_modules/vnu-jar/build/dist/vnu.jar`,
				'--errors-only',
				'--skip-non-html',
				'--format',
				'json',
				fixtureSite.outDir,
				exampleSite.outDir,
				exampleSiteUnderBasePath.outDir,
			],
			'apt-get install -y default-jre-headless'
		);
		// vnu writes its JSON report to stderr.
		const { messages } = JSON.parse(stderr || stdout) as {
			messages: { url: string; message: string; lastLine?: number }[];
		};
		expect(
			messages.map(
				({ url, lastLine, message }) =>
					`${url.replace(/^file:.*test-builds\//, '')}:${lastLine}: ${message}`
			)
		).toEqual([]);
		expect(status).toBe(0);
	});
});
