import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;
const htmlFiles = exampleSite.files().filter((file) => file.endsWith('.html'));
// The longest article, with code, a table, a cover and a body image: the heaviest typical page.
const ARTICLE = '/blog/idempotent-webhooks/';

function stylesheetsOf(path: string): string[] {
	return exampleSite
		.page(path)
		.querySelectorAll('link[rel=stylesheet]')
		.map((link) => link.getAttribute('href') ?? '');
}

describe('page weight of the example site', () => {
	it('ships at most 4 KB (gzip) of script on an article, none of it render-blocking but a ≤ 600-byte theme snippet', () => {
		// JSON-LD blocks are data for crawlers: the browser never runs or waits for them.
		const scripts = exampleSite
			.page(ARTICLE)
			.querySelectorAll('script')
			.filter((script) => script.getAttribute('type') !== 'application/ld+json');
		const blocking = scripts.filter(
			(script) =>
				script.getAttribute('type') !== 'module' &&
				!script.hasAttribute('defer') &&
				!script.hasAttribute('async')
		);
		expect(blocking).toHaveLength(1);
		expect(blocking[0]?.getAttribute('src')).toBeUndefined();
		expect(Buffer.byteLength(blocking[0]?.text ?? '')).toBeLessThanOrEqual(600);
		const source = scripts
			.map((script) => {
				const src = script.getAttribute('src');
				return src ? exampleSite.read(src.slice(1)) : script.text;
			})
			.join('\n');
		expect(gzipBytes(source)).toBeLessThanOrEqual(4 * 1024);
	});

	it('serves CSS as one shared file of at most 12 KB gzip on every page without math', () => {
		const pages = htmlFiles.filter(
			(file) => !exampleSite.read(file).includes('http-equiv="refresh"')
		);
		const withoutMath = pages.filter((file) => !exampleSite.read(file).includes('<math'));
		expect(withoutMath.length).toBeLessThan(pages.length);
		const sheets = new Set(withoutMath.flatMap((file) => stylesheetsOf(`/${file}`)));
		expect(sheets.size).toBe(1);
		const [sheet] = sheets;
		expect(gzipBytes(exampleSite.read((sheet ?? '').slice(1)))).toBeLessThanOrEqual(12 * 1024);
	});

	it('adds one stylesheet of at most 3 KB gzip, and no font, to a page with math', () => {
		const page = '/blog/measuring-build-performance/';
		expect(exampleSite.page(page).querySelectorAll('math').length).toBeGreaterThan(0);
		const shared = stylesheetsOf('/blog/');
		const extra = stylesheetsOf(page).filter((href) => !shared.includes(href));
		expect(extra).toHaveLength(1);
		expect(gzipBytes(exampleSite.read((extra[0] ?? '').slice(1)))).toBeLessThanOrEqual(3 * 1024);
		expect(exampleSite.page(page).querySelectorAll('link[rel=preload][as=font]')).toHaveLength(
			exampleSite.page('/blog/').querySelectorAll('link[rel=preload][as=font]').length
		);
	});

	it('keeps the HTML and CSS of an article within 28 KB gzip', () => {
		const html = exampleSite.read(`${ARTICLE.slice(1)}index.html`);
		const css = stylesheetsOf(ARTICLE).map((href) => exampleSite.read(href.slice(1)));
		expect(
			gzipBytes(html) + css.reduce((sum, sheet) => sum + gzipBytes(sheet), 0)
		).toBeLessThanOrEqual(28 * 1024);
	});

	it('preloads at most two Latin-subset WOFF2 fonts that swap in, all fonts 120 KB at most', () => {
		const preloads = exampleSite.page(ARTICLE).querySelectorAll('link[rel=preload][as=font]');
		expect(preloads.length).toBeGreaterThan(0);
		expect(preloads.length).toBeLessThanOrEqual(2);
		for (const preload of preloads) {
			expect(preload.getAttribute('href')).toMatch(/latin-wght-normal\.[\w-]+\.woff2$/);
			expect(preload.hasAttribute('crossorigin')).toBe(true);
		}
		const fonts = exampleSite.files().filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
		expect(fonts.every((file) => file.endsWith('.woff2') && file.includes('-latin-'))).toBe(true);
		const fontBytes = fonts.reduce(
			(sum, file) => sum + Buffer.byteLength(exampleSite.read(file), 'latin1'),
			0
		);
		expect(fontBytes).toBeLessThanOrEqual(120 * 1024);
		const css = exampleSite.read((stylesheetsOf(ARTICLE)[0] ?? '').slice(1));
		const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
		expect(faces.length).toBe(fonts.length);
		for (const face of faces) expect(face).toContain('font-display:swap');
	});

	it('gives every image of the content its size and a modern format, lazy loading below the fold and an eager, high-priority cover', () => {
		// What a reader sees first, loaded at once: the cover, and the portrait atop home and about.
		const FIRST_SCREEN: Record<string, string[]> = {
			'index.html': ['Portrait of Layla Haddad'],
			'about/index.html': ['Portrait of Layla Haddad'],
			'blog/idempotent-webhooks/index.html': [
				'Geometric pattern of teal, amber and slate tiles behind the words Idempotent webhooks',
			],
		};
		for (const file of htmlFiles) {
			const page = exampleSite.page(`/${file}`);
			const eager: string[] = [];
			for (const image of page.querySelectorAll('main img')) {
				const label = `${file}: ${image.getAttribute('src')}`;
				expect(Number(image.getAttribute('width')), label).toBeGreaterThan(0);
				expect(Number(image.getAttribute('height')), label).toBeGreaterThan(0);
				const picture = image.closest('picture');
				const sources = [
					image.getAttribute('srcset') ?? '',
					...(picture?.querySelectorAll('source') ?? []).map(
						(source) => source.getAttribute('srcset') ?? ''
					),
				];
				// Responsive sources, or a social card's fixed-size WebP preview.
				expect(`${sources.join(' ')} ${image.getAttribute('src')}`, label).toMatch(
					/\.(avif|webp) \d+(w|x)|^ \/social-cards\/.+\.webp$/
				);
				if (image.getAttribute('loading') !== 'lazy') eager.push(image.getAttribute('alt') ?? '');
				if (picture && image.getAttribute('loading') === 'eager') {
					expect(image.getAttribute('fetchpriority'), label).toBe('high');
				}
			}
			expect(eager, file).toEqual(FIRST_SCREEN[file] ?? []);
		}
	});

	it('requests nothing from any other host', () => {
		for (const file of htmlFiles) {
			const page = exampleSite.page(`/${file}`);
			for (const element of page.querySelectorAll(
				'script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], source[srcset], iframe[src]'
			)) {
				const url =
					element.getAttribute('src') ??
					element.getAttribute('href') ??
					element.getAttribute('srcset') ??
					'';
				expect(url.startsWith('/') && !url.startsWith('//'), `${file}: ${url}`).toBe(true);
			}
		}
	});
});
