import type { BrowserContext, Page } from 'playwright-core';
import type { BuiltSite } from './built-site';

/**
 * Records, from now on, what a reader's browser would show as a problem on a page: console errors
 * (Content-Security-Policy violations among them), uncaught exceptions and any request that leaves
 * `origin`. The returned list fills as the page runs.
 */
export function watchProblems(page: Page, origin: string): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) {
			problems.push(`request to another host: ${url}`);
		}
	});
	return problems;
}

/**
 * Opens every page of a built site served at `origin`, one after the other in one tab, and returns
 * what a reader's browser would show as a problem, a line per problem starting with the path:
 * - a page wider than the viewport (it scrolls sideways);
 * - a console error or uncaught exception, Content-Security-Policy violations included (404.html's
 *   own status is expected);
 * - a request to another host;
 * - with JavaScript on, a page whose inline theme snippet or bundled scripts did not run.
 * A redirect page is followed to its target. One tab for the whole sweep: a new page per path cost
 * Chromium twice the CPU (docs/testing.md, "Time and cores").
 */
export async function sweepEveryPage(
	context: BrowserContext,
	site: BuiltSite,
	origin: string,
	{ width, javaScript }: { width: number; javaScript: boolean }
): Promise<string[]> {
	const page = await context.newPage();
	const watched = watchProblems(page, origin);
	const problems: string[] = [];
	for (const path of site.pagePaths()) {
		const url = `${origin}${path}`;
		await page.goto(url, { waitUntil: 'load' });
		if (site.isRedirectPage(path)) {
			// A redirect page moves on at once; the checks below are of the page it leads to.
			await page.waitForURL((target) => target.href !== url);
			await page.waitForLoadState('load');
		}
		const seen: string[] = [];
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		if (scrollWidth > width) seen.push(`scrolls sideways: ${scrollWidth} px wide`);
		if (javaScript) {
			const theme = await page.getAttribute('html', 'data-theme');
			if (theme !== 'light' && theme !== 'dark') seen.push('the theme snippet did not run');
			const defined = await page.evaluate(() => customElements.get('theme-toggle') !== undefined);
			if (!defined) seen.push('the bundled scripts did not run');
		}
		// Taken at the end, so nothing the page logs is dropped: a late message of one page is
		// reported under the next.
		seen.push(...watched.splice(0));
		const expected = path === '/404.html' ? /status of 404/ : /^$/;
		problems.push(
			...seen.filter((problem) => !expected.test(problem)).map((problem) => `${path}: ${problem}`)
		);
	}
	await page.close();
	return problems;
}
