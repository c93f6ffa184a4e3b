import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';

const MARKDOWN = '/blog/reading-aids/';
const MDX = '/blog/code-and-callouts/';

const served = serveInChromium(fixtureSite);

/** Console errors and uncaught exceptions of the pages opened so far; each test expects none. */
const problems: string[] = [];

async function openPage(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${path}: console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${path}: exception: ${error.message}`));
	await page.goto(`${served.server.origin}${path}`);
	return page;
}

afterEach(() => {
	expect(problems.splice(0)).toEqual([]);
});

describe('the copy button', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await served.browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
	});

	afterAll(async () => {
		await context.close();
	});

	it('copies the code of a Markdown block, without the removed line or the notation, and says so', async () => {
		const page = await openPage(context, MARKDOWN);
		const block = page.locator('.code-block', { hasText: 'config/queue.js' });
		const button = block.locator('button.copy-code');
		await block.hover();
		await block.getByRole('button', { name: 'Copy code' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'const queue = createQueue({\n\tconcurrency: 8,\n\ttimeoutMs: 30_000,\n});'
		);
		await expect.poll(() => block.getByRole('status').textContent()).toBe('Copied');
		expect(await button.textContent()).toBe('Copied');
		// The label comes back, and the announcement is cleared for the next copy.
		await expect.poll(() => button.textContent(), { timeout: 4000 }).toBe('Copy code');
		expect(await block.getByRole('status').textContent()).toBe('');
		await page.close();
	});

	it('is reached from the code with the keyboard and copies an MDX block with Enter', async () => {
		const page = await openPage(context, MDX);
		const block = page.locator('figure.code-block', { hasText: 'src/env.ts' });
		await block.locator('pre').focus();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => ({
			className: document.activeElement?.className,
			name: document.activeElement?.textContent,
			visible: getComputedStyle(document.activeElement as Element).opacity,
		}));
		expect(focused).toEqual({ className: 'copy-code', name: 'Copy code', visible: '1' });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			[
				'const port = Number(process.env.PORT ?? 3000);',
				"const host = process.env.HOST ?? 'localhost';",
				'export const origin = `http://${host}:${port}`;',
				"export const isProduction = process.env.NODE_ENV === 'production';",
			].join('\n')
		);
		await expect.poll(() => block.getByRole('status').textContent()).toBe('Copied');
		await page.close();
	});

	it('appears on every code block, and only there', async () => {
		const page = await openPage(context, MARKDOWN);
		const blocks = await page.locator('.code-block').count();
		expect(blocks).toBe(3);
		expect(await page.locator('.code-block > button.copy-code').count()).toBe(blocks);
		expect(await page.locator('button.copy-code').count()).toBe(blocks);
		await page.close();
	});

	it('is not there without JavaScript or without the Clipboard API', async () => {
		const withoutScripts = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await withoutScripts.newPage();
		await page.goto(`${served.server.origin}${MARKDOWN}`);
		expect(await page.locator('.code-block').count()).toBe(3);
		expect(await page.getByRole('button', { name: 'Copy code' }).count()).toBe(0);
		await withoutScripts.close();

		const withoutClipboard = await served.browser.newContext();
		await withoutClipboard.addInitScript(() => {
			Reflect.deleteProperty(Navigator.prototype, 'clipboard');
		});
		const other = await openPage(withoutClipboard, MARKDOWN);
		expect(await other.evaluate(() => 'clipboard' in navigator)).toBe(false);
		expect(await other.locator('.code-block').count()).toBe(3);
		expect(await other.getByRole('button', { name: 'Copy code' }).count()).toBe(0);
		await withoutClipboard.close();
	});
});

describe('reading aids in the browser', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await served.browser.newContext({ viewport: { width: 375, height: 740 } });
	});

	afterAll(async () => {
		await context.close();
	});

	it('scrolls a long code line inside its block, with the copy button in place', async () => {
		const page = await openPage(context, MARKDOWN);
		const block = page.locator('.code-block', { hasText: 'curl' });
		const pre = block.locator('pre');
		const { scrollWidth, clientWidth } = await pre.evaluate((element) => ({
			scrollWidth: element.scrollWidth,
			clientWidth: element.clientWidth,
		}));
		expect(scrollWidth).toBeGreaterThan(clientWidth * 2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
		await pre.evaluate((element) => element.scrollBy({ left: 400 }));
		const blockBox = await block.boundingBox();
		const buttonBox = await block.locator('button.copy-code').boundingBox();
		expect(buttonBox && blockBox && buttonBox.x + buttonBox.width).toBeLessThanOrEqual(
			(blockBox?.x ?? 0) + (blockBox?.width ?? 0)
		);
		await page.close();
	});

	it('shows a heading anchor on keyboard focus and hides it otherwise', async () => {
		const page = await openPage(context, MARKDOWN);
		const anchor = page.getByRole('link', { name: 'Section titled “Alerts”' });
		const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
		expect(await opacity()).toBe('0');
		await anchor.focus();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#alerts');
		expect(await opacity()).toBe('1');
		await anchor.press('Enter');
		await page.waitForURL(`${served.server.origin}${MARKDOWN}#alerts`);
		await page.close();
	});

	it('shows a heading anchor while the heading is hovered', async () => {
		const desktop = await served.browser.newContext();
		const page = await openPage(desktop, MDX);
		const anchor = page.getByRole('link', { name: 'Section titled “Code in MDX”' });
		await page.getByRole('heading', { name: 'Code in MDX' }).hover();
		expect(await anchor.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
		await desktop.close();
	});

	it('follows a footnote reference to its note and the back-link back to the text', async () => {
		const page = await openPage(context, MARKDOWN);
		await page.locator('a[data-footnote-ref]').first().click();
		await page.waitForURL(/#user-content-fn-markdown$/);
		const note = page.locator('#user-content-fn-markdown');
		expect(await note.textContent()).toContain('Footnotes come from GitHub-flavoured Markdown.');
		await note.getByRole('link', { name: 'Back to reference 1' }).click();
		await page.waitForURL(/#user-content-fnref-markdown$/);
		await page.close();
	});
});

describe.each(['light', 'dark'] as const)('axe-core on the reading aids, %s theme', (theme) => {
	it.each([MARKDOWN, MDX])(
		'finds no WCAG 2.2 A or AA violation on %s, with the copy buttons and anchors shown',
		async (path) => {
			for (const width of [1280, 375]) {
				const context = await served.browser.newContext({
					colorScheme: theme,
					viewport: { width, height: 900 },
				});
				const page = await openPage(context, path);
				expect(await page.locator('button.copy-code').count()).toBeGreaterThan(0);
				// Shown as on hover or focus, so axe checks their contrast too.
				await page.evaluate(() => {
					for (const element of document.querySelectorAll<HTMLElement>(
						'.copy-code, .heading-anchor'
					)) {
						element.style.opacity = '1';
					}
				});
				const { violations } = await runAxe(page, { label: `${width} px` });
				expect(violations).toEqual([]);
				await context.close();
			}
		}
	);
});

describe('code colours', () => {
	it("show GitHub's light and dark colours from classes, with no style attribute", async () => {
		const context = await served.browser.newContext();
		const page = await openPage(context, MARKDOWN);
		const block = page.locator('.code-block', { hasText: 'config/queue.js' });
		const keyword = block.locator('pre span', { hasText: /^const$/ }).first();
		const colours = () =>
			keyword.evaluate((element) => ({
				token: getComputedStyle(element).color,
				background: getComputedStyle(element.closest('pre') ?? element).backgroundColor,
			}));
		expect(await block.locator('[style]').count()).toBe(0);
		expect(await colours()).toEqual({
			token: 'rgb(207, 34, 46)',
			background: 'rgb(255, 255, 255)',
		});
		await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
		expect(await colours()).toEqual({ token: 'rgb(255, 123, 114)', background: 'rgb(13, 17, 23)' });
		await context.close();
	});
});
