import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';
import { EXAMPLE_TEMPLATES as templates, openWhole } from '../helpers/templates';

const served = serveInChromium(exampleSite);

describe.each(['light', 'dark'] as const)('axe-core on every page template, %s theme', (theme) => {
	it('covers the templates the example site has', () => {
		expect(templates.map(({ name }) => name)).toEqual(
			expect.arrayContaining([
				...['home', 'blog-index', 'article', 'tags', 'tag', 'not-found', 'search-results'],
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
			for (const width of [1280, 390]) {
				const context = await served.browser.newContext({
					colorScheme: theme,
					viewport: { width, height: 900 },
				});
				const page = await context.newPage();
				// Every image loaded, so axe sees the colours behind the text as a reader does.
				await openWhole(page, `${served.server.origin}${path}`);
				expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
				const { violations, passes } = await runAxe(page, { label: `${width} px` });
				expect(passes).toBeGreaterThan(10);
				expect(violations).toEqual([]);
				await context.close();
			}
		}
	);
});
