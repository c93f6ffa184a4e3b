// Astro's incremental build copies a page from the last build when its cache key is unchanged
// (src/catalogue/page-cache-keys.ts). This builds a copy of the fixture, retitles one article, builds
// again, and checks what a reader would see: every page that shows the article shows its new
// title, and the pages that do not show it were copied rather than rendered.
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDirectoryFor } from '@/content-model/location';
import {
	PROJECT_ROOT,
	runAstroBuild,
	TEST_BUILD_ROOT,
	type BuildResult,
} from '../helpers/astro-build';
import { BuiltSite } from '../helpers/built-site';
import { parseRss } from '../helpers/feeds';

const CONTENT = '.cache/test-builds/incremental-content';
// One folder for both builds, as `npm run build` has: Astro reuses pages only into the same outDir.
const OUT_DIR = `${TEST_BUILD_ROOT}incremental/`;
const RETITLED = 'series-part-3';
const STALE_PAGE = 'blog/deleted-since/index.html';
const OLD_TITLE = 'Series part 3: notes on queues';
// The same words, so "Keep reading" picks the same articles and only the title they show changes.
const NEW_TITLE = 'Series part 3 — notes on queues';

function isArticlePage(file: string): boolean {
	return /^blog\/(?!\d+\/)[^/]+\/index\.html$/.test(file);
}

/** Article pages the build log says were copied from the last build rather than rendered. */
function copiedArticles(log: string): string[] {
	return [...log.matchAll(/\/blog\/((?!\d+\/)[^/]+)\/index\.html \((?:restored|cached)\)/g)].map(
		([, slug]) => slug ?? ''
	);
}

/** Article pages the build log says were rendered, with their render time. */
function renderedArticles(log: string): string[] {
	return [...log.matchAll(/\/blog\/([^/\d][^/]*)\/index\.html \(\+[\d.]+m?s\)/g)].map(
		([, slug]) => slug ?? ''
	);
}

describe('a second build after one article changed', () => {
	const builds: BuildResult[] = [];
	/** The article pages of the first build, by output file. */
	const firstBuild = new Map<string, string>();

	beforeAll(async () => {
		rmSync(join(PROJECT_ROOT, CONTENT), { recursive: true, force: true });
		rmSync(join(PROJECT_ROOT, astroCacheDirectoryFor(CONTENT)), { recursive: true, force: true });
		cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), join(PROJECT_ROOT, CONTENT), {
			recursive: true,
		});
		builds.push(await runAstroBuild({ contentDirectory: CONTENT, outDir: OUT_DIR }));
		const first = new BuiltSite(OUT_DIR);
		for (const file of first.files().filter(isArticlePage)) firstBuild.set(file, first.read(file));
		const file = join(PROJECT_ROOT, CONTENT, `blog/${RETITLED}.md`);
		const source = readFileSync(file, 'utf8');
		writeFileSync(file, source.replace(`title: "${OLD_TITLE}"`, `title: "${NEW_TITLE}"`));
		// What the last build wrote for an article deleted since: the next build must not keep it.
		mkdirSync(join(OUT_DIR, STALE_PAGE, '..'), { recursive: true });
		writeFileSync(join(OUT_DIR, STALE_PAGE), '<p>deleted article</p>');
		builds.push(await runAstroBuild({ contentDirectory: CONTENT, outDir: OUT_DIR }));
	}, 300_000);

	afterAll(() => {
		rmSync(OUT_DIR, { recursive: true, force: true });
		rmSync(join(PROJECT_ROOT, CONTENT), { recursive: true, force: true });
	});

	it('builds both times, rendering every page the first time', () => {
		for (const { exitCode, output } of builds) expect(exitCode, output).toBe(0);
		expect(copiedArticles(builds[0]?.output ?? '')).toEqual([]);
		expect(firstBuild.get(`blog/${RETITLED}/index.html`)).toContain(OLD_TITLE);
	});

	it('removes what the last build wrote and this one did not, leaving nothing of it behind', () => {
		expect(existsSync(join(OUT_DIR, STALE_PAGE))).toBe(false);
		expect(new BuiltSite(OUT_DIR).files()).toContain(`blog/${RETITLED}/index.html`);
		// The last output is moved into Astro's cache folder and deleted there during the build.
		const moved = join(PROJECT_ROOT, astroCacheDirectoryFor(CONTENT), 'previous-output');
		expect(readdirSync(moved)).toEqual([]);
	});

	it('renders the changed article again, and every article that shows it has its new title', () => {
		const site = new BuiltSite(OUT_DIR);
		expect(site.page(`/blog/${RETITLED}/`).querySelector('h1')?.text.trim()).toBe(NEW_TITLE);
		expect(renderedArticles(builds[1]?.output ?? '')).toContain(RETITLED);
		const linking = site
			.files()
			.filter((file) => isArticlePage(file) && !file.startsWith(`blog/${RETITLED}/`))
			.filter((file) => site.read(file).includes(`href="/blog/${RETITLED}/"`));
		expect(linking.length).toBeGreaterThan(0);
		for (const file of linking) {
			const links = site
				.page(`/${file.replace(/index\.html$/, '')}`)
				.querySelectorAll(`main a[href="/blog/${RETITLED}/"]`);
			expect(
				links.some((link) => link.text.includes(NEW_TITLE)),
				file
			).toBe(true);
			expect(site.read(file), file).not.toContain(OLD_TITLE);
		}
	});

	it('reuses the compressed copies and link lists of unchanged files, and redoes the changed ones', () => {
		const site = new BuiltSite(OUT_DIR);
		const log = builds[1]?.output ?? '';
		expect(log).toMatch(
			/\[fieldnotes:precompress\] \d+ files compressed in \d+ ms, [1-9]\d* of them reused/
		);
		expect(log).toMatch(
			/\([1-9]\d* pages unchanged since the last build were not parsed again\.\)/
		);
		// An unchanged article's copies come from the cache, the others are compressed anew.
		const unchanged = `blog/${copiedArticles(log)[0] ?? ''}/index.html`;
		for (const file of [`blog/${RETITLED}/index.html`, 'rss.xml', 'blog/index.html', unchanged]) {
			const original = site.bytes(file);
			expect(gunzipSync(site.bytes(`${file}.gz`)).equals(original), file).toBe(true);
			expect(brotliDecompressSync(site.bytes(`${file}.br`)).equals(original), file).toBe(true);
		}
		expect(site.read(`blog/${RETITLED}/index.html`)).toContain(NEW_TITLE);
	});

	it('copies the blog index page that does not list it, and renders the one that does', () => {
		const site = new BuiltSite(OUT_DIR);
		const log = builds[1]?.output ?? '';
		const listPages = site.files().filter((file) => /^blog\/(\d+\/)?index\.html$/.test(file));
		expect(listPages.length).toBeGreaterThan(1);
		for (const file of listPages) {
			const isCopied = new RegExp(`/${file.replaceAll('/', '\\/')} \\((restored|cached)\\)`).test(
				log
			);
			const listsIt = site.read(file).includes(`href="/blog/${RETITLED}/"`);
			expect(isCopied, file).toBe(!listsIt);
			if (listsIt) expect(site.read(file), file).toContain(NEW_TITLE);
		}
	});

	it('copies the articles that do not show it from the last build, unchanged', () => {
		const site = new BuiltSite(OUT_DIR);
		const copied = copiedArticles(builds[1]?.output ?? '');
		expect(copied.length).toBeGreaterThan(3);
		expect(copied).not.toContain(RETITLED);
		for (const slug of copied) {
			const file = `blog/${slug}/index.html`;
			expect(site.read(file), slug).toBe(firstBuild.get(file));
			expect(site.read(file), slug).not.toContain(`href="/blog/${RETITLED}/"`);
		}
	});

	it('copies the tag feeds that do not carry it, and renders the ones that do with its new title', () => {
		const site = new BuiltSite(OUT_DIR);
		const log = builds[1]?.output ?? '';
		const tagFeeds = site.files().filter((file) => /^tags\/[^/]+\/rss\.xml$/.test(file));
		expect(tagFeeds.length).toBeGreaterThan(1);
		let carrying = 0;
		for (const file of tagFeeds) {
			const isCopied = new RegExp(`/${file.replaceAll('/', '\\/')} \\((restored|cached)\\)`).test(
				log
			);
			const item = [parseRss(site.read(file)).item]
				.flat()
				.find(({ link }) => new URL(link).pathname === `/blog/${RETITLED}/`);
			expect(isCopied, file).toBe(item === undefined);
			if (item) {
				carrying += 1;
				expect(item.title, file).toBe(NEW_TITLE);
			}
		}
		expect(carrying).toBeGreaterThan(0);
	});
});
