import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';
import { serveInChromium } from '../helpers/served-site';
import { openWhole } from '../helpers/templates';

const ARTICLE = '/blog/idempotent-webhooks/';
const CASE_STUDY = '/case-studies/logistics-api-latency/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const served = serveInChromium(exampleSite);

async function openIn(
	viewport: { width: number; height: number },
	path: string,
	colorScheme: 'light' | 'dark' = 'light'
): Promise<Page> {
	const context = await served.browser.newContext({ viewport, colorScheme });
	const page = await context.newPage();
	await openWhole(page, `${served.server.origin}${path}`);
	return page;
}

/** The text of each line an element's text wraps to, as the browser laid it out. */
function linesOf(page: Page, selector: string): Promise<string[][]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.map((element) => {
			const lines: string[] = [];
			let top: number | undefined;
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let index = 0; index < text.length; index++) {
					const range = document.createRange();
					range.setStart(node, index);
					range.setEnd(node, index + 1);
					const box = range.getClientRects()[0];
					if (!box) continue;
					if (top === undefined || box.top > top + 2) {
						lines.push(text.charAt(index));
						top = box.top;
					} else {
						lines.push(`${lines.pop() ?? ''}${text.charAt(index)}`);
					}
				}
			}
			return lines;
		})
	);
}

describe('code blocks on a phone', () => {
	it('wrap a long file name after a "/", never inside a name', async () => {
		const page = await openIn(PHONE, ARTICLE);
		const captions = await linesOf(page, 'figure.code-block figcaption');
		expect(captions).toContainEqual(['migrations/', '001_webhook_events.sql']);
		for (const lines of captions) {
			for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/\s]$/);
		}
		await page.context().close();
	});
});

describe('breadcrumbs on a phone', () => {
	it('never start a line with "›"', async () => {
		const page = await openIn(PHONE, ARTICLE);
		const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
		const lines = await linesOf(page, 'nav[aria-label="Breadcrumb"] ol');
		// The trail is long enough to wrap, so the rule is exercised.
		expect(lines[0]?.length).toBeGreaterThan(1);
		for (const line of lines[0] ?? []) expect(line.trim()).not.toMatch(/^›/);
		expect(await trail.getByRole('link').allTextContents()).toEqual(['Home', 'Blog']);
		await page.context().close();
	});
});

describe('case-study figures', () => {
	it.each([
		['on a phone', PHONE],
		['on a desktop', DESKTOP],
	])('keep each figure on one line, in tiles of one height, %s', async (_label, viewport) => {
		for (const path of ['/', CASE_STUDY]) {
			const page = await openIn(viewport, path);
			const lists = await page.locator('main dl').evaluateAll((lists) =>
				lists
					.map((list) =>
						[...list.querySelectorAll(':scope > div')].map((tile) => {
							const figure = tile.querySelector('dd') as HTMLElement;
							return {
								figure: figure.textContent?.trim(),
								lines: Math.round(
									figure.getBoundingClientRect().height /
										parseFloat(getComputedStyle(figure).lineHeight)
								),
								height: Math.round(tile.getBoundingClientRect().height),
								fontSize: parseFloat(getComputedStyle(figure).fontSize),
							};
						})
					)
					// The figures, not the facts beside them (client, period, stack).
					.filter((tiles) => tiles.every(({ fontSize }) => fontSize >= 20))
			);
			expect(lists.length, path).toBeGreaterThan(0);
			for (const tiles of lists) {
				for (const { figure, lines } of tiles) expect(lines, `${path}: ${figure}`).toBe(1);
				expect(new Set(tiles.map(({ height }) => height)).size, path).toBe(1);
			}
			await page.context().close();
		}
	});
});

describe('article images', () => {
	it('open full size from a link around each image', async () => {
		const page = await openIn(DESKTOP, ARTICLE);
		const image = page.getByRole('img', { name: /^Diagram: the provider posts an event/ });
		const link = page.getByRole('link', {
			name: /^Diagram: the provider posts an event.*full size/,
		});
		expect(await link.count()).toBe(1);
		expect(await link.locator('img').count()).toBe(1);
		const href = (await link.getAttribute('href')) ?? '';
		const shown = await image.evaluate((element: HTMLImageElement) => element.naturalWidth);
		const full = await page.evaluate(async (url) => {
			const file = new Image();
			file.src = url;
			await file.decode();
			return { width: file.naturalWidth, height: file.naturalHeight };
		}, href);
		// The author's file is 1200 × 600: the link opens it whole, at least as large as shown.
		expect(full).toEqual({ width: 1200, height: 600 });
		expect(full.width).toBeGreaterThanOrEqual(shown);
		await page.context().close();
	});

	it('are dimmed in the dark theme and shown as drawn in the light one', async () => {
		const filterIn = async (theme: 'light' | 'dark') => {
			const page = await openIn(DESKTOP, ARTICLE, theme);
			const filter = await page
				.locator('.prose a img')
				.first()
				.evaluate((image) => getComputedStyle(image).filter);
			await page.context().close();
			return filter;
		};
		expect(await filterIn('light')).toBe('none');
		const brightness = /brightness\(([\d.]+)\)/.exec(await filterIn('dark'))?.[1];
		expect(Number(brightness)).toBeLessThan(0.9);
	});
});

describe('the author', () => {
	it.each(['/', '/about/'])('shows their portrait on %s', async (path) => {
		for (const viewport of [PHONE, DESKTOP]) {
			const page = await openIn(viewport, path);
			const portrait = page
				.getByRole('main')
				.getByRole('img', { name: 'Portrait of Layla Haddad' });
			expect(await portrait.isVisible()).toBe(true);
			const size = await portrait.evaluate((image: HTMLImageElement) => ({
				loaded: image.naturalWidth,
				shown: image.getBoundingClientRect().width,
			}));
			expect(size.loaded).toBeGreaterThan(0);
			expect(size.shown).toBeGreaterThanOrEqual(72);
			await page.context().close();
		}
	});
});

describe('web fonts', () => {
	it('are the body font alone on pages without code, and the code font too on pages with it', async () => {
		const loadedOn = async (path: string) => {
			const page = await openIn(PHONE, path);
			const families = await page.evaluate(() =>
				[...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family)
			);
			await page.context().close();
			return families.sort();
		};
		expect(await loadedOn('/')).toEqual(['Inter Variable']);
		expect(await loadedOn(CASE_STUDY)).toEqual(['Inter Variable']);
		expect(await loadedOn(ARTICLE)).toEqual(['Inter Variable', 'JetBrains Mono Variable']);
	});
});

describe('diff lines in the light theme', () => {
	it('mark an added line with a tint set off from the code and a bar in the marker colour', async () => {
		const page = await openIn(DESKTOP, ARTICLE);
		const { line, code, bar, marker } = await page
			.locator('.astro-code .line.add')
			.first()
			.evaluate((element) => ({
				line: getComputedStyle(element).backgroundColor,
				code: getComputedStyle(element.closest('pre') as HTMLElement).backgroundColor,
				bar: getComputedStyle(element).boxShadow,
				marker: getComputedStyle(element, '::before').color,
			}));
		const luminance = (colour: string) => {
			const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map((channel) => {
				const value = Number(channel) / 255;
				return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		// A contrast of 1.08:1 or more between the tint and the code's own background.
		expect((luminance(code) + 0.05) / (luminance(line) + 0.05)).toBeGreaterThan(1.08);
		expect(bar).toContain(marker);
		expect(bar).toMatch(/inset$/);
		await page.context().close();
	});
});
