import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { pickTemplatePages } from '@/lib/page-templates';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const templates = pickTemplatePages(exampleSite.files(), 'idempotent-webhooks');

const served = serveInChromium(exampleSite);

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
				const context = await served.browser.newContext({
					colorScheme: theme,
					viewport: { width, height: 900 },
				});
				const page = await context.newPage();
				await page.goto(`${served.server.origin}${path}`);
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
