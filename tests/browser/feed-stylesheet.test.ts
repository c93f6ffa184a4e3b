import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/built-site';
import { parseRss } from '../helpers/feeds';
import { exampleSite, exampleSiteUnderBasePath } from '../helpers/fixture-site';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';

/**
 * Chromium 156 puts its own banner over every page made by XSLT ("This site uses XSLT; that
 * functionality is being removed from this browser very soon"), in a shadow root, styled inline
 * and with a close button whose inline onclick the site's policy blocks. The banner is the
 * browser's: axe skips it, and its blocked styles and handler are not counted as problems of the
 * page, which itself has no inline style or handler (openFeed checks).
 */
const XSLT_BANNER = 'xslt-warning-banner';
const BANNER_INLINE_BLOCKED =
	/^(Executing inline event handler|Applying inline style) violates the following Content Security Policy directive/;

/** What opening a feed showed: the document's root element and what went wrong on the way. */
interface OpenedFeed {
	page: Page;
	/** `html` once the stylesheet has turned the feed into a page, `rss` when shown as XML. */
	root: string;
	/** CSP violations, console errors, failed requests and requests to another host. */
	problems: string[];
}

/**
 * Opens a feed in Chromium, served by nginx with the headers `_headers` gives it on Netlify and
 * Cloudflare Pages, so the site's Content-Security-Policy applies to the page the XSLT makes.
 */
async function openFeed(
	context: BrowserContext,
	site: BuiltSite,
	url: string
): Promise<OpenedFeed> {
	const rules = parseHeadersFile(site.read('_headers'));
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
	await page.route('**/*', async (route) => {
		const requested = new URL(route.request().url());
		if (requested.origin !== new URL(url).origin) {
			problems.push(`request to another host: ${requested.href}`);
			return route.abort();
		}
		const response = await route.fetch();
		const headers = { ...response.headers() };
		for (const [name, value] of headersForPath(rules, requested.pathname)) headers[name] = value;
		return route.fulfill({ response, headers, body: await response.body() });
	});
	// Chromium logs each Content-Security-Policy violation as a console error.
	await page.goto(url, { waitUntil: 'load' });
	expect(headersForPath(rules, new URL(url).pathname).get('content-security-policy')).toContain(
		"default-src 'self'"
	);
	const root = await page.evaluate(() => document.documentElement.nodeName.toLowerCase());
	if ((await page.locator(XSLT_BANNER).count()) === 0) return { page, root, problems };
	// The page itself has no event handler, so a blocked one is the banner's.
	const handlers = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((element) =>
			element.getAttributeNames().filter((name) => name.startsWith('on'))
		)
	);
	expect(handlers).toEqual([]);
	// Nor any inline style: the banner's own are on its element and in its shadow root.
	const styled = await page.evaluate(
		(banner) =>
			[...document.querySelectorAll(`style, [style]:not(${banner})`)].map((element) =>
				element.outerHTML.slice(0, 200)
			),
		XSLT_BANNER
	);
	expect(styled).toEqual([]);
	return {
		page,
		root,
		problems: problems.filter((problem) => !BANNER_INLINE_BLOCKED.test(problem)),
	};
}

/** Whether this Chromium still runs XSLT, which browsers are removing. */
async function hasXslt(context: BrowserContext): Promise<boolean> {
	const page = await context.newPage();
	const supported = await page.evaluate(() => 'XSLTProcessor' in window);
	await page.close();
	return supported;
}

describe('rss.xml opened in Chromium', () => {
	const served = serveInChromium(exampleSite);
	const items = parseRss(exampleSite.read('rss.xml')).item;

	it('is a page that says what a feed is, with the address to copy and the latest articles', async () => {
		const context = await served.browser.newContext();
		const { page, root, problems } = await openFeed(
			context,
			exampleSite,
			`${served.server.origin}/rss.xml`
		);
		if (!(await hasXslt(context))) {
			// Without XSLT the browser shows the feed as XML, which still works for readers.
			expect(root).toBe('rss');
			expect(problems).toEqual([]);
			await context.close();
			return;
		}
		expect(root).toBe('html');
		expect(await page.title()).toBe('Fieldnotes · RSS feed');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fieldnotes');
		expect(await page.getByRole('heading', { name: 'Subscribe to get new articles' }).count()).toBe(
			1
		);
		expect(await page.locator('#feed-url').textContent()).toBe(
			'https://fieldnotes.example.com/rss.xml'
		);
		const latest = page.getByRole('region', { name: 'Latest articles' }).getByRole('link');
		expect(
			await latest.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
		).toEqual(items.map(({ link }) => link));
		expect(await latest.first().textContent()).toBe(items[0]?.title);
		expect(problems).toEqual([]);
		await context.close();
	});

	it.each(['light', 'dark'] as const)(
		'passes axe and fits a phone, %s theme',
		async (colorScheme) => {
			for (const width of [1280, 375]) {
				const context = await served.browser.newContext({
					colorScheme,
					viewport: { width, height: 900 },
				});
				const { page, root, problems } = await openFeed(
					context,
					exampleSite,
					`${served.server.origin}/rss.xml`
				);
				if (root === 'html') {
					const { violations, passes } = await runAxe(page, {
						label: `${width} px`,
						exclude: XSLT_BANNER,
					});
					expect(passes).toBeGreaterThan(10);
					expect(violations).toEqual([]);
					const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
					expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(width);
				} else {
					expect(root).toBe('rss');
				}
				expect(problems).toEqual([]);
				await context.close();
			}
		}
	);
});

describe('a tag feed of the site served under /notes/, opened in Chromium', () => {
	const underBase = serveInChromium(exampleSiteUnderBasePath, { under: 'notes' });

	it('finds its stylesheet and favicon under the base path', async () => {
		const context = await underBase.browser.newContext();
		const opened = await openFeed(
			context,
			exampleSiteUnderBasePath,
			`${underBase.server.origin}/notes/tags/postgres/rss.xml`
		);
		if (await hasXslt(context)) {
			expect(opened.root).toBe('html');
			expect(await opened.page.getByRole('heading', { level: 1 }).textContent()).toBe(
				'Fieldnotes — Postgres'
			);
			expect(await opened.page.locator('#feed-url').textContent()).toBe(
				'https://layla.github.io/notes/tags/postgres/rss.xml'
			);
		} else {
			expect(opened.root).toBe('rss');
		}
		expect(opened.problems).toEqual([]);
		await context.close();
	});
});
