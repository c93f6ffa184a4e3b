import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { launchChromium } from './chromium';
import { pickTemplatePages } from './page-templates';

const USAGE = `Usage: npm run screenshots [-- --out <folder>]

Builds the site, then saves full-page PNGs of one page per template (home, blog index, article,
tags, 404 …) at 375 px and 1280 px wide, in the light and the dark theme, to .cache/screenshots/
(or --out). The pages are read from dist/ straight into Chromium: no server is needed.`;

const WIDTHS = [375, 1280] as const;
const THEMES = ['light', 'dark'] as const;
// The article with a cover, code, a table and a body image: the most to look at.
const PREFERRED_ARTICLE = 'idempotent-webhooks';
const ORIGIN = 'http://fieldnotes.screenshots';
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
	const templates = pickTemplatePages(listFiles(dist), PREFERRED_ARTICLE);
	const browser = await launchChromium();
	try {
		for (const width of WIDTHS) {
			for (const theme of THEMES) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme: theme,
				});
				await context.route(`${ORIGIN}/**`, async (route) => {
					const { file, status } = resolveFile(dist, new URL(route.request().url()).pathname);
					const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
					await route.fulfill({ status, contentType, body: readFileSync(file) });
				});
				const page = await context.newPage();
				for (const { name, path } of templates) {
					await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
					await page.evaluate(() => document.fonts.ready);
					await page.screenshot({
						path: join(out, `${name}-${width}-${theme}.png`),
						fullPage: true,
					});
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	const count = templates.length * WIDTHS.length * THEMES.length;
	console.log(
		`${count} screenshots of ${templates.length} templates in ${relative(process.cwd(), out)}/`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
