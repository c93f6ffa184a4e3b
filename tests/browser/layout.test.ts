import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { EXAMPLE_TEMPLATES as TEMPLATES, openWhole } from '../helpers/templates';

// The contrast of the text of these pages is axe's color-contrast rule, run on the same pages,
// at the same widths and in both themes by accessibility.test.ts.
const WIDTHS = [390, 1280] as const;

const served = serveInChromium(exampleSite);

/**
 * What breaks the layout on the open page, one line per problem: elements that stick out of
 * the viewport or of a box that clips them (scrolling regions such as code blocks and tables
 * excepted), text cut off by its box, images that did not load, cards without an image, and
 * badges wider than their label. Elements are found by what they look like and hold, not by the
 * site's class names, so a redesign is held to the same rules.
 */
function findLayoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const viewport = document.documentElement.clientWidth;
		const describe = (element: Element) => {
			const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
			const classes = typeof element.className === 'string' ? element.className : '';
			return `<${element.tagName.toLowerCase()} class="${classes.slice(0, 50)}">${text}`;
		};
		const isShown = (element: Element) => {
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.height > 0 &&
				style.visibility !== 'hidden' &&
				style.opacity !== '0' &&
				// The skip link and other screen-reader-only text, clipped away.
				!style.clipPath.startsWith('inset(50%')
			);
		};
		const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
		const scrolls = (style: CSSStyleDeclaration) => /auto|scroll/.test(style.overflowX);

		if (document.documentElement.scrollWidth > viewport) {
			problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
		}
		for (const element of document.body.querySelectorAll('*')) {
			if (!isShown(element)) continue;
			// The nearest box that cuts off what sticks out of it, if any.
			let clipper: Element | null = element.parentElement;
			while (clipper && clipper !== document.body && !clips(getComputedStyle(clipper))) {
				clipper = clipper.parentElement;
			}
			const box = element.getBoundingClientRect();
			if (clipper && clipper !== document.body) {
				// Inside a region meant to scroll sideways (code, tables), content may be wider.
				if (scrolls(getComputedStyle(clipper))) continue;
				const bounds = clipper.getBoundingClientRect();
				if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
					problems.push(`${describe(element)} sticks out of ${describe(clipper)}`);
				}
			} else if (box.right > 0 && (box.left < -1 || box.right > viewport + 1)) {
				// (Wholly left of the page is off-screen on purpose: the newsletter's bot trap.)
				problems.push(
					`${describe(element)} sticks out of the viewport (${Math.round(box.left)}–${Math.round(box.right)} px)`
				);
			}
		}
		// Text in a box that hides what does not fit must fit.
		for (const element of document.body.querySelectorAll('*')) {
			const style = getComputedStyle(element);
			const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
			if (!hides || scrolls(style) || !isShown(element)) continue;
			if (!(element.textContent ?? '').trim()) continue;
			if (
				element.scrollWidth > element.clientWidth + 1 ||
				element.scrollHeight > element.clientHeight + 1
			) {
				problems.push(`${describe(element)} cuts off its text`);
			}
		}
		for (const image of document.querySelectorAll('main img')) {
			if (!(image as HTMLImageElement).complete || (image as HTMLImageElement).naturalWidth === 0) {
				problems.push(`${(image as HTMLImageElement).currentSrc || image.outerHTML} did not load`);
			}
		}
		// A card: an item of a list of entries, with a heading that links to the entry.
		for (const card of document.querySelectorAll('main ul > li:has(:is(h2, h3) a)')) {
			if (!card.querySelector('img')) problems.push(`${describe(card)} has no image`);
		}
		// A badge: a pill (rounded to half its height) with a border or a background, around text.
		for (const badge of document.querySelectorAll('main *')) {
			const style = getComputedStyle(badge);
			const box = badge.getBoundingClientRect();
			const isPill =
				parseFloat(style.borderTopLeftRadius) >= box.height / 2 &&
				(parseFloat(style.borderTopWidth) > 0 || style.backgroundColor !== 'rgba(0, 0, 0, 0)');
			if (!isPill || !isShown(badge) || !(badge.textContent ?? '').trim()) continue;
			const label = document.createRange();
			label.selectNodeContents(badge);
			const room =
				label.getBoundingClientRect().width +
				parseFloat(style.paddingLeft) +
				parseFloat(style.paddingRight) +
				parseFloat(style.borderLeftWidth) +
				parseFloat(style.borderRightWidth);
			if (box.width > room + 1) problems.push(`${describe(badge)} is wider than its label`);
		}
		return problems;
	});
}

describe.each(['light', 'dark'] as const)('the layout of every template, %s theme', (theme) => {
	it('covers every template of the example site', () => {
		expect(TEMPLATES.map(({ name }) => name)).toEqual(
			expect.arrayContaining([
				'home',
				'blog-index',
				'article',
				'tag',
				'case-study',
				'experiment',
				'service',
				'about',
				'search-results',
				'not-found',
			])
		);
	});

	it.each(WIDTHS)(
		'keeps every element in its box and shows all its text and every card image, at %d px',
		// Fifteen pages, each loaded whole: longer than the default on two busy cores.
		{ timeout: 240_000 },
		async (width) => {
			const context = await served.browser.newContext({
				colorScheme: theme,
				viewport: { width, height: 900 },
			});
			const page = await context.newPage();
			const problems: string[] = [];
			for (const { name, path } of TEMPLATES) {
				await openWhole(page, `${served.server.origin}${path}`);
				expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
				problems.push(...(await findLayoutProblems(page)).map((problem) => `${name}: ${problem}`));
			}
			await context.close();
			expect(problems).toEqual([]);
		}
	);

	it('starts the main column at the left edge of the header on every template at 1280 px', async () => {
		const context = await served.browser.newContext({
			colorScheme: theme,
			viewport: { width: 1280, height: 900 },
		});
		const page = await context.newPage();
		const edges: Record<string, number> = {};
		for (const { name, path } of TEMPLATES) {
			await page.goto(`${served.server.origin}${path}`);
			const [header, heading] = await Promise.all([
				page.locator('header a').first().boundingBox(),
				page.locator('main h1').boundingBox(),
			]);
			edges['header'] ??= Math.round(header?.x ?? -1);
			edges[name] = Math.round(heading?.x ?? -1);
		}
		await context.close();
		const header = edges['header'];
		expect(header).toBeGreaterThan(0);
		expect(edges).toEqual(Object.fromEntries(Object.keys(edges).map((name) => [name, header])));
	});
});
