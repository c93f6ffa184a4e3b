import { describe, expect, it } from 'vitest';
import { pickTemplatePages } from '../../tools/page-templates';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
const templates = pickTemplatePages(exampleSite.files(), 'idempotent-webhooks');

const served = serveInChromium(exampleSite);

describe.each(['light', 'dark'] as const)('axe-core on every page template, %s theme', (theme) => {
	it('covers the templates the example site has', () => {
		expect(templates.map(({ name }) => name)).toEqual(
			expect.arrayContaining([
				...['home', 'blog-index', 'article', 'tags', 'tag', 'not-found'],
				...['series-index', 'series', 'service'],
			])
		);
		// The article checked is a part of a series, so its series box is checked too.
		const article = templates.find(({ name }) => name === 'article')?.path ?? '';
		expect(
			exampleSite.page(article).querySelector('nav[aria-labelledby="series-box"]')
		).not.toBeNull();
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
				const { violations, passes } = await runAxe(page, { label: `${width} px` });
				expect(passes).toBeGreaterThan(10);
				expect(violations).toEqual([]);
				await context.close();
			}
		}
	);
});
