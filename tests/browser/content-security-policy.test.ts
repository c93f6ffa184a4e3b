import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';

/** Closes a page without failing on requests still in flight (a rewritten response's). */
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
	options: { rewriteHtml?: (html: string) => string } = {}
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

	// Every page of both sites, at phone width, with and without JavaScript, is checked for
	// violations by the reader's sweep (reader.test.ts), which serves them the same way.

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
