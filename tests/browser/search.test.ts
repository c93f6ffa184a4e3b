import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSite, exampleSiteUnderBasePath } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';

/** A word only the body of one example article uses: not its title, description or tags. */
const WORD = 'musl';
const ARTICLE = '/blog/shipping-a-cli-in-go-and-rust/';

/** Records console errors (a blocked WebAssembly compile is one) and uncaught exceptions. */
function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	return problems;
}

const served = serveInChromium(exampleSite);

describe('searching the example site in Chromium', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await served.browser.newContext({ colorScheme: 'light' });
	});

	afterAll(async () => {
		await context.close();
	});

	it('opens search with / from an article and finds an article by a word of its body', async () => {
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(`${served.server.origin}/blog/idempotent-webhooks/`);
		await page.keyboard.press('/');
		await page.waitForURL(`${served.server.origin}/search/`);
		const field = page.getByLabel('Search articles, case studies and experiments');
		await field.fill(WORD);
		const results = page.locator('[data-search-results] > li');
		await results.first().waitFor();
		await expect
			.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 })
			.toBe(`1 result for “${WORD}”.`);
		expect(await results.count()).toBe(1);
		const link = results.first().getByRole('link');
		expect(await link.getAttribute('href')).toBe(ARTICLE);
		// Pagefind matches word prefixes too: musl also highlights musl-tools.
		const marks = await results.first().locator('mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark.toLowerCase()).toMatch(new RegExp(`^${WORD}`));
		expect(page.url()).toBe(`${served.server.origin}/search/?q=${WORD}`);
		// Pressed and released as a reader does, not at once: leaving the field must not redraw the
		// results under the pointer and lose the click. The article is open once its document is:
		// its images loading is not what this tests.
		await link.hover();
		await page.mouse.down();
		await page.waitForTimeout(300);
		await page.mouse.up();
		await page.waitForURL(`${served.server.origin}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
		expect(await page.locator('h1').textContent()).toBe('Shipping a small CLI in Go and in Rust');
		expect(problems).toEqual([]);
		await page.close();
	});

	it('narrows results by type and by tag, and keeps the search in the URL', async () => {
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(`${served.server.origin}/search/?q=EXPLAIN`);
		const results = page.locator('[data-search-results] > li h2 a');
		await expect
			.poll(() => results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), {
				timeout: 10_000,
			})
			.toEqual(
				expect.arrayContaining([
					'/blog/postgres-index-for-a-slow-query/',
					'/experiments/slow-query-explainer/',
				])
			);
		await page.getByLabel('Type').selectOption('Experiment');
		await expect
			.poll(() => results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), {
				timeout: 10_000,
			})
			.toEqual(['/experiments/slow-query-explainer/']);
		expect(page.url()).toBe(`${served.server.origin}/search/?q=EXPLAIN&type=Experiment`);
		// A tag alone, with no words, lists everything tagged with it.
		await page.getByLabel('Type').selectOption('');
		await page.getByLabel('Search articles, case studies and experiments').fill('');
		await page.getByLabel('Tag').selectOption('rust');
		await expect
			.poll(() => results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), {
				timeout: 10_000,
			})
			.toEqual(['/blog/shipping-a-cli-in-go-and-rust/']);
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each(['light', 'dark'] as const)('shows results with no axe violation (%s)', async (theme) => {
		const themed = await served.browser.newContext({ colorScheme: theme });
		const page = await themed.newPage();
		await page.goto(`${served.server.origin}/search/?q=retries`);
		await page.locator('[data-search-results] mark').first().waitFor();
		const { violations } = await runAxe(page, { label: theme });
		expect(violations).toEqual([]);
		await themed.close();
	});

	it('links to the blog index when JavaScript is off', async () => {
		const noScript = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${served.server.origin}/search/`);
		expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
		await page.getByRole('link', { name: 'every article' }).click();
		await page.waitForURL(`${served.server.origin}/blog/`);
		await noScript.close();
	});
});

describe('searching the example site under a base path', () => {
	// Served as GitHub Pages serves a project site: the output folder at /notes/.
	const underBase = serveInChromium(exampleSiteUnderBasePath, { under: 'notes' });

	it('loads the index from under the base path and links results there', async () => {
		const page = await underBase.browser.newPage();
		const problems = watchProblems(page);
		await page.goto(`${underBase.server.origin}/notes/search/?q=${WORD}`);
		const link = page.locator('[data-search-results] > li h2 a');
		await link.first().waitFor();
		expect(await link.first().getAttribute('href')).toBe(`/notes${ARTICLE}`);
		await link.first().click();
		await page.waitForURL(`${underBase.server.origin}/notes${ARTICLE}`, {
			waitUntil: 'domcontentloaded',
		});
		expect(problems).toEqual([]);
		await page.close();
	});
});
