import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from './chromium';
import { pickTemplatePages } from './page-templates';

const USAGE = `Usage: npm run screenshots [-- --out <folder>]

Builds the site, then saves full-page PNGs of one page per template (home, blog index, article,
tags, 404, search with results …) at 390 px and 1280 px wide, in the light and the dark theme,
to .cache/screenshots/ (or --out), and the README's picture, .github/screenshot.png: the top of
an article in the light theme beside its code in the dark one. The pages are read from dist/
straight into Chromium: no server is needed.`;

const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;
// The article with a cover, code, a table and a body image: the most to look at.
const PREFERRED_ARTICLE = 'idempotent-webhooks';
const README_IMAGE = '.github/screenshot.png';
// Each half of the README's picture: a 1280 × 875 viewport shown at 800 × 547.
const README_PANE = { width: 1280, height: 875, scale: 0.625, gap: 16 } as const;
const ORIGIN = 'http://fieldnotes.screenshots';
// The search page as a reader sees it after typing: the form and a list of results.
const SEARCH_WITH_RESULTS = '/search/?q=webhooks';
const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.json': 'application/json',
};

/**
 * Loads the images a reader would see on scrolling, which a full-page screenshot does not wait
 * for on its own. A string, not a function, because tsx would wrap a function in a helper that
 * does not exist in the page.
 */
async function loadLazyImages(page: Page): Promise<void> {
	await page.evaluate(`Promise.all([...document.images].map((image) => {
		image.loading = 'eager';
		return image.decode().catch(() => undefined);
	}))`);
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The file a static host would answer a URL path with, and its status. */
function resolveFile(dist: string, urlPath: string): { file: string; status: number } {
	const candidate = join(dist, decodeURIComponent(urlPath));
	const file = urlPath.endsWith('/') ? join(candidate, 'index.html') : candidate;
	if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
		return { file, status: 200 };
	}
	return { file: join(dist, '404.html'), status: 404 };
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	if (args.includes('--help')) {
		console.log(USAGE);
		return;
	}
	const outIndex = args.indexOf('--out');
	const out = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : '.cache/screenshots');
	const dist = resolve('dist');
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error('dist/index.html not found: run `npm run build` first.');
	}
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const templates = [
		...pickTemplatePages(listFiles(dist), PREFERRED_ARTICLE),
		{ name: 'search-results', path: SEARCH_WITH_RESULTS },
	];
	const browser = await launchChromium();
	try {
		for (const width of WIDTHS) {
			for (const theme of THEMES) {
				const page = await openSite(browser, dist, { width, height: 900 }, theme);
				for (const { name, path } of templates) {
					await showWhole(page, path);
					await page.screenshot({
						path: join(out, `${name}-${width}-${theme}.png`),
						fullPage: true,
					});
				}
				await page.context().close();
			}
		}
		await composeReadmeImage(browser, dist, `/blog/${PREFERRED_ARTICLE}/`);
	} finally {
		await browser.close();
	}
	const count = templates.length * WIDTHS.length * THEMES.length;
	console.log(
		`${count} screenshots of ${templates.length} templates in ${relative(process.cwd(), out)}/, and ${README_IMAGE}`
	);
}

/** A page in a fresh context that serves the built site from disk, as a static host would. */
async function openSite(
	browser: Browser,
	dist: string,
	viewport: { width: number; height: number },
	theme: (typeof THEMES)[number]
): Promise<Page> {
	const context = await browser.newContext({ viewport, colorScheme: theme });
	await context.route(`${ORIGIN}/**`, async (route) => {
		const { file, status } = resolveFile(dist, new URL(route.request().url()).pathname);
		const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		await route.fulfill({ status, contentType, body: readFileSync(file) });
	});
	return context.newPage();
}

/** Opens a page and waits for what a reader would see: fonts, images, search results. */
async function showWhole(page: Page, path: string): Promise<void> {
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
	if (path === SEARCH_WITH_RESULTS) {
		await page.locator('[data-search-results] > li').first().waitFor();
	}
	await page.evaluate(() => document.fonts.ready);
	await loadLazyImages(page);
}

/**
 * The README's picture: an article's first screen in the light theme beside its first code block
 * with a file name in the dark theme, each pane a 1280 px wide window scaled down.
 */
async function composeReadmeImage(browser: Browser, dist: string, path: string): Promise<void> {
	const { width, height, scale, gap } = README_PANE;
	const panes: Buffer[] = [];
	for (const theme of THEMES) {
		const page = await openSite(browser, dist, { width, height }, theme);
		await showWhole(page, path);
		const top =
			theme === 'light'
				? 0
				: Math.max(
						0,
						((await page.locator('figure.code-block').first().boundingBox())?.y ?? 0) - 140
					);
		const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: top, width, height } });
		panes.push(
			await sharp(shot)
				.resize(Math.round(width * scale))
				.toBuffer()
		);
		await page.context().close();
	}
	const paneWidth = Math.round(width * scale);
	const paneHeight = Math.round(height * scale);
	await sharp({
		create: {
			width: 2 * paneWidth + gap,
			height: paneHeight,
			channels: 3,
			background: '#8a877f',
		},
	})
		.composite(panes.map((input, index) => ({ input, left: index * (paneWidth + gap), top: 0 })))
		.png({ palette: true })
		.toFile(README_IMAGE);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
