import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { runAxe } from '../helpers/axe';
import { EXAMPLE_TEMPLATES as templates, openWhole } from '../helpers/templates';

const served = serveInChromium(exampleSite);

describe('axe-core on every page template, in the light and the dark theme', () => {
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
					colorScheme: 'light',
					viewport: { width, height: 900 },
				});
				const page = await context.newPage();
				// Every image loaded, so axe sees the colours behind the text as a reader does.
				await openWhole(page, `${served.server.origin}${path}`);
				expect(await page.getAttribute('html', 'data-theme')).toBe('light');
				const check = async (theme: string) => {
					const { violations, passes } = await runAxe(page, { label: `${width} px, ${theme}` });
					expect(passes).toBeGreaterThan(10);
					expect(violations).toEqual([]);
				};
				const ink = () => page.evaluate(() => getComputedStyle(document.body).color);
				await check('light');
				const lightInk = await ink();
				// Switched as the theme toggle switches it, without loading the page again: a second
				// load per check cost more CPU than axe's rules on these pages.
				await page.evaluate(() => {
					document.documentElement.dataset['theme'] = 'dark';
					return Promise.all(document.getAnimations().map(({ finished }) => finished));
				});
				expect(await ink()).not.toBe(lightInk);
				await check('dark');
				await context.close();
			}
		}
	);
});
