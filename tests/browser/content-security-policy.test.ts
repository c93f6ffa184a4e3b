import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/built-site';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';

/** URL paths of every HTML page of a built site. */
function pagePaths(site: BuiltSite): string[] {
	return site
		.files()
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

function isRedirectPage(site: BuiltSite, path: string): boolean {
	return site.page(path).querySelector('meta[http-equiv="refresh"]') !== null;
}

/** Closes a page without failing on requests still in flight (a redirect page's refresh). */
async function close(page: Page): Promise<void> {
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await page.close();
}

/**
 * Opens a page served by nginx with deploy/nginx.conf, which sends each path the policy `_headers`
 * gives it on Netlify and Cloudflare Pages (tests/browser/nginx.test.ts compares them), and
 * returns every CSP violation, console error and console warning it causes.
 */
async function visit(
	page: Page,
	url: string,
	options: { rewriteHtml?: (html: string) => string; followsRefresh?: boolean } = {}
): Promise<{ violations: string[]; consoleErrors: string[]; consoleWarnings: string[] }> {
	const consoleErrors: string[] = [];
	const consoleWarnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
		if (message.type() === 'warning') consoleWarnings.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	const { rewriteHtml } = options;
	if (rewriteHtml) {
		await page.route('**/*', async (route) => {
			const response = await route.fetch();
			const isHtml = (response.headers()['content-type'] ?? '').startsWith('text/html');
			const body = isHtml ? rewriteHtml(await response.text()) : await response.body();
			await route.fulfill({ response, body });
		});
	}
	await page.addInitScript(() => {
		const violations: string[] = [];
		Object.assign(window, { cspViolations: violations });
		document.addEventListener('securitypolicyviolation', (event) =>
			violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
		);
	});
	await page.goto(url, { waitUntil: 'load' });
	if (options.followsRefresh) {
		// A redirect page moves on at once; Chromium logs violations on it as console errors.
		await page.waitForURL((target) => target.href !== url);
		await page.waitForLoadState('load');
	}
	const violations = await page.evaluate(
		() => (window as unknown as { cspViolations: string[] }).cspViolations
	);
	return { violations, consoleErrors, consoleWarnings };
}

describe.each([
	['example', exampleSite],
	['fixture', fixtureSite],
])('Content-Security-Policy in Chromium: the %s site', (_name, site) => {
	const served = serveInChromium(site);

	it('serves the policy as a header, so the test below is not vacuous', async () => {
		const response = await fetch(`${served.server.origin}/`);
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toContain("script-src 'self' 'sha256-");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('style-src-attr');
	});

	// Every page of the site, one after the other: more than the default two minutes on a busy machine.
	it(
		'logs no violation and no console error on any page, and runs every script',
		{ timeout: 300_000 },
		async () => {
			const paths = pagePaths(site);
			expect(paths.length).toBeGreaterThan(10);
			const problems: string[] = [];
			// One context for the sweep, a new page per path: a context per page cost Chromium
			// twice the CPU, and a page's listeners and init script are its own.
			const context = await served.browser.newContext();
			for (const path of paths) {
				const page = await context.newPage();
				const redirects = isRedirectPage(site, path);
				const { violations, consoleErrors } = await visit(page, served.server.origin + path, {
					followsRefresh: redirects,
				});
				// 404.html answers with status 404, which Chromium logs as a console error.
				const errors = consoleErrors.filter(
					(error) => !(path === '/404.html' && error.includes('404'))
				);
				problems.push(...[...violations, ...errors].map((problem) => `${path}: ${problem}`));
				// The inline theme snippet ran (its hash is allowed) and the bundled scripts defined
				// their elements (on the article a redirect page leads to).
				expect(await page.getAttribute('html', 'data-theme'), path).toMatch(/^(light|dark)$/);
				const defined = await page.evaluate(() => customElements.get('theme-toggle') !== undefined);
				expect(defined, path).toBe(true);
				await close(page);
			}
			await context.close();
			expect(problems).toEqual([]);
		}
	);

	it('lets the search page run Pagefind, WebAssembly and all, under the header policy', async () => {
		const page = await served.browser.newPage();
		const { violations, consoleErrors, consoleWarnings } = await visit(
			page,
			`${served.server.origin}/search/?q=performance`
		);
		await page.locator('[data-search-results] mark').first().waitFor();
		const late = await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		);
		expect([...violations, ...late, ...consoleErrors]).toEqual([]);
		// Pagefind searches in its worker, under the worker script's own header policy; it falls
		// back to the page, with a warning, when the worker fails.
		expect(consoleWarnings.filter((warning) => /pagefind|worker/i.test(warning))).toEqual([]);
		await close(page);
	});

	it('blocks an inline script that is not part of the build', async () => {
		const page = await served.browser.newPage();
		const { violations } = await visit(page, `${served.server.origin}/`, {
			rewriteHtml: (html) =>
				html.replace('</body>', '<script>window.injected = true</script></body>'),
		});
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		expect(violations).toContain('script-src-elem blocked inline');
		await close(page);
	});
});
