import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/browser/chromium';
import { pickTemplatePages } from '@/lib/page-templates';
import { exampleSite } from '../helpers/fixture-site';
import { startNginx, type StaticServer } from '../helpers/nginx';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const templates = pickTemplatePages(exampleSite.files(), 'idempotent-webhooks');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startNginx(exampleSite.outDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe.each(['light', 'dark'] as const)('axe-core on every page template, %s theme', (theme) => {
	it('covers the templates the example site has', () => {
		expect(templates.map(({ name }) => name)).toEqual(
			expect.arrayContaining(['home', 'blog-index', 'article', 'tags', 'tag', 'not-found'])
		);
	});

	it.each(templates)(
		'finds no WCAG 2.2 A or AA violation on the $name page ($path)',
		async ({ path }) => {
			for (const width of [1280, 375]) {
				const context = await browser.newContext({
					colorScheme: theme,
					viewport: { width, height: 900 },
				});
				const page = await context.newPage();
				await page.goto(`${server.origin}${path}`);
				expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
				const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
				expect(passes.length).toBeGreaterThan(10);
				expect(
					violations.map(
						({ id, help, nodes }) =>
							`${width} px: ${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`
					)
				).toEqual([]);
				await context.close();
			}
		}
	);
});
