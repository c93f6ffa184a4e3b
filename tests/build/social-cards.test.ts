import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { astroCacheDirectoryFor } from '@/content-model/location';
import { PROJECT_ROOT, runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { BuiltSite } from '../helpers/built-site';
import {
	exampleSite,
	exampleSiteUnderBasePath,
	fixtureSite,
	PUBLISHED_FIXTURE_SLUGS,
} from '../helpers/fixture-site';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The size a PNG says it has in its IHDR chunk, which must come first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
	expect(bytes.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function metaContent(site: BuiltSite, path: string, property: string): string[] {
	return site
		.page(path)
		.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
		.map((meta) => meta.getAttribute('content') ?? '');
}

/** Site path of every page of a built site that has Open Graph tags (not alias redirects). */
function pagesWithOpenGraph(site: BuiltSite): string[] {
	return site
		.files()
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`)
		.filter((path) => metaContent(site, path, 'og:title').length > 0);
}

const FIXTURE_CARDS = [
	'home',
	'blog',
	'tags',
	'case-studies',
	'experiments',
	...PUBLISHED_FIXTURE_SLUGS.map((slug) => `blog/${slug}`),
	'case-studies/queue-migration',
	'case-studies/clinic-booking',
	'experiments/queue-inspector',
	'experiments/old-tool',
	'series',
	'series/queues',
	'tags/performance',
	'tags/security',
	'tags/web',
];

describe('social cards', () => {
	it.each(FIXTURE_CARDS)('are 1200×630 PNGs: social-cards/%s.png', (name) => {
		expect(pngSize(fixtureSite.bytes(`social-cards/${name}.png`))).toEqual({
			width: 1200,
			height: 630,
		});
	});

	it('exist for every published article, case study, experiment, series and tag, and nothing else', () => {
		const cards = fixtureSite.files().filter((file) => file.startsWith('social-cards/'));
		const tags = fixtureSite
			.files()
			.filter((file) => /^tags\/[^/]+\/index\.html$/.test(file))
			.map((file) => file.split('/')[1]);
		expect(cards).toEqual(
			[
				...FIXTURE_CARDS.filter((name) => !name.startsWith('tags/')),
				...tags.map((t) => `tags/${t}`),
			]
				.flatMap((name) => [`social-cards/${name}.png`, `social-cards/${name}.webp`])
				.sort()
		);
	});

	it('each have a 600×315 WebP preview, a fraction of the PNG, which the cards of the site show', async () => {
		for (const name of FIXTURE_CARDS) {
			const preview = fixtureSite.bytes(`social-cards/${name}.webp`);
			expect(await sharp(preview).metadata(), name).toMatchObject({
				format: 'webp',
				width: 600,
				height: 315,
			});
			expect(preview.length, name).toBeLessThan(
				fixtureSite.bytes(`social-cards/${name}.png`).length / 2
			);
		}
		const shown = fixtureSite
			.page('/blog/')
			.querySelectorAll('main img')
			.map((image) => image.getAttribute('src') ?? '')
			.filter((src) => src.startsWith('/social-cards/'));
		expect(shown.length).toBeGreaterThan(5);
		for (const src of shown) expect(fixtureSite.resolves(src), src).toBe(true);
	});

	it('are never made for drafts and scheduled entries, or for the tags only they use', () => {
		const cards = fixtureSite.files().filter((file) => file.startsWith('social-cards/'));
		for (const name of [
			'blog/draft-post',
			'blog/scheduled-post',
			'case-studies/secret-client',
			'tags/draft-only-tag',
			'tags/scheduled-only-tag',
			'series/scheduled-only',
		]) {
			expect(cards).not.toContain(`social-cards/${name}.png`);
		}
	});

	it('are the og:image of every page, with size and alt text, and the file exists', () => {
		const pages = pagesWithOpenGraph(fixtureSite);
		expect(pages.length).toBeGreaterThan(20);
		for (const path of pages) {
			const [image, ...others] = metaContent(fixtureSite, path, 'og:image');
			expect(others, path).toEqual([]);
			const url = new URL(image ?? '');
			expect(url.origin, path).toBe('https://fieldnotes.example.com');
			expect(url.pathname, path).toMatch(/^\/social-cards\/.+\.png$/);
			expect(fixtureSite.resolves(url.pathname), `${path}: ${image}`).toBe(true);
			expect(metaContent(fixtureSite, path, 'og:image:width'), path).toEqual(['1200']);
			expect(metaContent(fixtureSite, path, 'og:image:height'), path).toEqual(['630']);
			expect(metaContent(fixtureSite, path, 'og:image:alt')[0], path).toMatch(/Fieldnotes/);
			expect(metaContent(fixtureSite, path, 'twitter:card'), path).toEqual(['summary_large_image']);
		}
	});

	it('give each page its own card, its section card, or the site card', () => {
		const imageOf = (path: string) =>
			new URL(metaContent(fixtureSite, path, 'og:image')[0] ?? '').pathname;
		expect(imageOf('/')).toBe('/social-cards/home.png');
		expect(imageOf('/blog/with-cover/')).toBe('/social-cards/blog/with-cover.png');
		expect(imageOf('/blog/2/')).toBe('/social-cards/blog.png');
		expect(imageOf('/tags/web/')).toBe('/social-cards/tags/web.png');
		expect(imageOf('/case-studies/queue-migration/')).toBe(
			'/social-cards/case-studies/queue-migration.png'
		);
		expect(imageOf('/experiments/')).toBe('/social-cards/experiments.png');
		expect(imageOf('/series/queues/')).toBe('/social-cards/series/queues.png');
		expect(imageOf('/about/')).toBe('/social-cards/home.png');
		expect(imageOf('/404.html')).toBe('/social-cards/home.png');
	});

	it("are what an article's JSON-LD names as its image, and the alt text says what they show", () => {
		const path = '/blog/hostile-title/';
		const [image] = metaContent(fixtureSite, path, 'og:image');
		const posting = fixtureSite
			.page(path)
			.querySelectorAll('script[type="application/ld+json"]')
			.map((script) => JSON.parse(script.rawText) as Record<string, unknown>)
			.find((data) => data['@type'] === 'BlogPosting');
		expect(posting?.['image']).toBe(image);
		expect(metaContent(fixtureSite, path, 'og:image:alt')).toEqual([
			`</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>: article on Fieldnotes, 1 March 2026, tagged #security, #web`,
		]);
	});

	it('show a cover when the article has one, at the same size', () => {
		const withCover = fixtureSite.bytes('social-cards/blog/with-cover.png');
		const without = fixtureSite.bytes('social-cards/blog/single-heading.png');
		expect(pngSize(withCover)).toEqual(pngSize(without));
		// The cover's photo-like pixels compress far worse than flat text on a flat background.
		expect(withCover.length).not.toBe(without.length);
	});

	it("replace the example article cover's JPEG as its preview image", () => {
		const path = '/blog/idempotent-webhooks/';
		expect(metaContent(exampleSite, path, 'og:image')).toEqual([
			'https://fieldnotes.example.com/social-cards/blog/idempotent-webhooks.png',
		]);
		expect(pngSize(exampleSite.bytes('social-cards/blog/idempotent-webhooks.png'))).toEqual({
			width: 1200,
			height: 630,
		});
	});

	it('live under the base path of a site served from a sub-path', () => {
		const path = '/blog/idempotent-webhooks/';
		const [image] = metaContent(exampleSiteUnderBasePath, path, 'og:image');
		expect(image).toBe('https://layla.github.io/notes/social-cards/blog/idempotent-webhooks.png');
		expect(exampleSiteUnderBasePath.resolves('/social-cards/blog/idempotent-webhooks.png')).toBe(
			true
		);
	});
});

describe('the social card cache', () => {
	const content = `${TEST_BUILD_ROOT}social-card-content`;
	const contentDirectory = `./${content.slice(PROJECT_ROOT.length)}`;
	const cacheDirectory = join(PROJECT_ROOT, astroCacheDirectoryFor(contentDirectory));
	const article = (title: string) =>
		`---\ntitle: "${title}"\ndescription: "A card test."\npubDate: 2025-01-01\ntags: ["cache"]\n---\n\nBody.\n`;

	it(
		'draws every card on the first build, and on the next only the card whose article changed',
		{ timeout: 120_000 },
		async () => {
			rmSync(content, { recursive: true, force: true });
			rmSync(cacheDirectory, { recursive: true, force: true });
			mkdirSync(`${content}/blog`, { recursive: true });
			cpSync('tests/fixtures/site/authors', `${content}/authors`, { recursive: true });
			cpSync('tests/fixtures/site/blog/with-cover', `${content}/blog/with-cover`, {
				recursive: true,
			});
			writeFileSync(`${content}/blog/first.md`, article('First'));
			writeFileSync(`${content}/blog/second.md`, article('Second'));
			// home, blog, tags, three articles, the tags cache and performance.
			const cards = 8;
			const logLine = (output: string) => /social cards: .*/.exec(output)?.[0];

			const first = await runAstroBuild({ contentDirectory, outDir: `${content}-out-1/` });
			expect(first.exitCode, first.output).toBe(0);
			expect(logLine(first.output)).toMatch(
				new RegExp(`^social cards: ${cards} rendered, 0 reused`)
			);

			writeFileSync(`${content}/blog/second.md`, article('Second, retitled'));
			const second = await runAstroBuild({ contentDirectory, outDir: `${content}-out-2/` });
			expect(second.exitCode, second.output).toBe(0);
			expect(logLine(second.output)).toMatch(
				new RegExp(`^social cards: 1 rendered, ${cards - 1} reused`)
			);
			// The retitled article's old card is gone from the cache; nothing else is there.
			const cached = readdirSync(join(cacheDirectory, 'social-cards'));
			// A PNG and its WebP preview per card.
			expect(cached).toHaveLength(2 * cards);
			expect(cached.every((name) => /^[0-9a-f]{32}\.(png|webp)$/.test(name))).toBe(true);
			const built = new BuiltSite(`${content}-out-2/`);
			const unchanged = new BuiltSite(`${content}-out-1/`);
			expect(built.bytes('social-cards/blog/first.png')).toEqual(
				unchanged.bytes('social-cards/blog/first.png')
			);
			expect(built.bytes('social-cards/blog/second.png')).not.toEqual(
				unchanged.bytes('social-cards/blog/second.png')
			);
		}
	);
});

describe('social cards of two articles that say the same', () => {
	const content = `${TEST_BUILD_ROOT}twin-card-content`;
	const contentDirectory = `./${content.slice(PROJECT_ROOT.length)}`;
	const outDir = `${content}-out/`;
	const article = `---\ntitle: "Twins"\ndescription: "Same card."\npubDate: 2025-01-01\ntags: ["cards"]\n---\n\nBody.\n`;

	it('are drawn once and both served, instead of two draws racing for one file', async () => {
		rmSync(content, { recursive: true, force: true });
		rmSync(join(PROJECT_ROOT, astroCacheDirectoryFor(contentDirectory)), {
			recursive: true,
			force: true,
		});
		mkdirSync(`${content}/blog`, { recursive: true });
		cpSync('tests/fixtures/site/authors', `${content}/authors`, { recursive: true });
		for (const slug of ['first-twin', 'second-twin', 'third-twin']) {
			writeFileSync(`${content}/blog/${slug}.md`, article);
		}
		const build = await runAstroBuild({ contentDirectory, outDir });
		expect(build.exitCode, build.output).toBe(0);
		const site = new BuiltSite(outDir);
		const first = site.bytes('social-cards/blog/first-twin.png');
		expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
		expect(site.bytes('social-cards/blog/second-twin.png')).toEqual(first);
		expect(site.bytes('social-cards/blog/third-twin.png')).toEqual(first);
		// home, blog, tags, the tag "cards", and one card for the three articles.
		expect(/social cards: (\d+) rendered/.exec(build.output)?.[1]).toBe('5');
	});
});
