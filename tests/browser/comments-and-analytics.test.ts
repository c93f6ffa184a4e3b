import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../helpers/sites';
import { exampleSite, extrasSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';

const ANALYTICS_SCRIPT = SITES.extras.siteConfig.analytics.scriptUrl;
const ANALYTICS_BEACON = `${SITES.extras.siteConfig.analytics.connectOrigins[0]}/api/event`;

/**
 * One page of each template of the example site: the first built page whose path matches, so a
 * template that stops being built fails here instead of being skipped.
 */
const TEMPLATES = [
	/^index\.html$/,
	/^blog\/index\.html$/,
	/^blog\/idempotent-webhooks\/index\.html$/,
	/^tags\/index\.html$/,
	/^tags\/[^/]+\/index\.html$/,
	/^case-studies\/index\.html$/,
	/^case-studies\/[^/]+\/index\.html$/,
	/^experiments\/index\.html$/,
	/^experiments\/[^/]+\/index\.html$/,
	/^services\/[^/]+\/index\.html$/,
	/^about\/index\.html$/,
	/^site-map\/index\.html$/,
	/^404\.html$/,
];

function templatePaths(): string[] {
	const files = exampleSite.files();
	return TEMPLATES.map((template) => {
		const file = files.find((candidate) => template.test(candidate));
		if (!file) throw new Error(`No page of the example site matches ${template}`);
		return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
	});
}

/** Every request a page makes, by URL, from the moment the page is created. */
function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request: Request) => urls.push(request.url()));
	return urls;
}

function otherHosts(urls: readonly string[], origin: string): string[] {
	return [
		...new Set(
			urls.filter((url) => !url.startsWith(`${origin}/`)).map((url) => new URL(url).origin)
		),
	].sort();
}

describe('the example site, with comments and analytics off', () => {
	const served = serveInChromium(exampleSite);

	it('requests nothing from any other host on any page template, search included, and sets no cookie', async () => {
		const context = await served.browser.newContext();
		const requested: string[] = [];
		context.on('request', (request) => requested.push(request.url()));
		for (const path of [...templatePaths(), '/search/?q=webhook']) {
			const page = await context.newPage();
			await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
			await page.close();
		}
		// Search ran a query: Pagefind's index files came from the site too.
		expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
		expect(otherHosts(requested, served.server.origin)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});
});

describe('the extras site, with comments and analytics on', () => {
	const served = serveInChromium(extrasSite);
	let context: BrowserContext;
	/** The analytics page views the stub script sent. */
	const beacons: string[] = [];

	beforeAll(async () => {
		context = await served.browser.newContext();
		// Neither host is reachable from the tests: stand-ins answer for them, so what is tested
		// is the site's side (what it loads, when, and what its policy lets through).
		await context.route(ANALYTICS_SCRIPT, (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: `fetch(${JSON.stringify(ANALYTICS_BEACON)}, { method: 'POST', body: document.currentScript.dataset.domain + ' ' + location.pathname });`,
			})
		);
		await context.route(ANALYTICS_BEACON, async (route) => {
			beacons.push(route.request().postData() ?? '');
			await route.fulfill({ status: 202, body: '' });
		});
		await context.route('https://giscus.app/client.js', (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				// What giscus's client does: its stylesheet, and a frame built from the script's data-*.
				body: `(() => {
					const script = document.currentScript;
					const style = document.createElement('link');
					style.rel = 'stylesheet';
					style.href = 'https://giscus.app/default.css';
					document.head.prepend(style);
					const frame = document.createElement('iframe');
					frame.className = 'giscus-frame';
					frame.title = 'Comments';
					frame.src = 'https://giscus.app/en/widget?' + new URLSearchParams({ repo: script.dataset.repo, theme: script.dataset.theme });
					document.querySelector('.giscus').append(frame);
				})();`,
			})
		);
		await context.route('https://giscus.app/default.css', (route) =>
			route.fulfill({ contentType: 'text/css', body: '.giscus-frame { border: 0; }' })
		);
		await context.route('https://giscus.app/en/widget?*', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: '<!doctype html><title>Comments</title><p>Comments',
			})
		);
	});

	afterAll(async () => {
		await context.close();
	});

	async function open(
		path: string
	): Promise<{ page: Page; requested: string[]; violations: () => Promise<string[]> }> {
		const page = await context.newPage();
		const requested = recordRequests(page);
		await page.addInitScript(() => {
			const violations: string[] = [];
			Object.assign(window, { cspViolations: violations });
			document.addEventListener('securitypolicyviolation', (event) =>
				violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
			);
		});
		await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
		const violations = () =>
			page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
		return { page, requested, violations };
	}

	it('loads the analytics script deferred on every page and requests no other host, setting no cookie', async () => {
		for (const path of ['/', '/blog/', '/blog/no-extras/', '/tags/', '/search/']) {
			const { page, requested, violations } = await open(path);
			expect(otherHosts(requested, served.server.origin), path).toEqual([
				new URL(ANALYTICS_BEACON).origin,
				new URL(ANALYTICS_SCRIPT).origin,
			]);
			const script = page.locator(`script[src="${ANALYTICS_SCRIPT}"]`);
			expect(await script.evaluate((element: HTMLScriptElement) => element.defer), path).toBe(true);
			expect(await violations(), path).toEqual([]);
			await page.close();
		}
		expect(beacons).toContain('fieldnotes.example.com /blog/no-extras/');
		expect(await context.cookies()).toEqual([]);
	});

	it('loads nothing from giscus until "Show comments" is pressed, then shows the comments frame', async () => {
		const { page, requested, violations } = await open('/blog/no-extras/');
		const comments = page.getByRole('region', { name: 'Comments' });
		await expect
			.poll(() => comments.textContent())
			.toContain('Comments are on GitHub Discussions via giscus');
		expect(
			requested.filter(
				(url) => !url.startsWith(served.server.origin) && !url.includes('example.net')
			)
		).toEqual([]);
		expect(await page.locator('iframe').count()).toBe(0);

		await comments.getByRole('button', { name: 'Show comments' }).click();
		const frame = comments.locator('iframe.giscus-frame');
		await frame.waitFor();
		expect(await frame.getAttribute('src')).toContain('repo=fieldnotes%2Fcomments');
		expect(requested).toContain('https://giscus.app/client.js');
		expect(requested).toContain('https://giscus.app/default.css');
		// The button is gone, and the page's policy let the script, stylesheet and frame through.
		expect(await comments.getByRole('button').count()).toBe(0);
		await expect
			.poll(() => requested.some((url) => url.startsWith('https://giscus.app/en/widget')))
			.toBe(true);
		expect(await violations()).toEqual([]);
		await page.close();
	});

	it('links to the discussions instead of the button when scripts do not run', async () => {
		const noScript = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${served.server.origin}/blog/no-extras/`);
		const comments = page.getByRole('region', { name: 'Comments' });
		expect(await comments.getByRole('button', { name: 'Show comments' }).isVisible()).toBe(false);
		const link = comments.getByRole('link', { name: 'Read and join the discussion on GitHub' });
		expect(await link.getAttribute('href')).toBe(
			'https://github.com/fieldnotes/comments/discussions'
		);
		await noScript.close();
	});
});
