import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site';
import { SITES } from '../helpers/sites';

const files = fixtureSite.files();
const bytesOf = (path: string) => readFileSync(join(SITES.fixture.outDir, path));

const pages = files.filter((file) => file.endsWith('index.html'));
const stylesheets = files.filter((file) => file.startsWith('_astro/') && file.endsWith('.css'));
const sitemaps = files.filter((file) => /^sitemap.*\.xml$/.test(file));
const expected = [...pages, ...stylesheets, 'rss.xml', ...sitemaps];

describe('precompressed output', () => {
	it('finds the files it expects to check', () => {
		expect(pages.length).toBeGreaterThan(10);
		// The shared stylesheet, and math.css, which every build writes and pages with math link.
		expect(stylesheets).toHaveLength(2);
		expect(stylesheets.filter((file) => /^_astro\/math\.[\w-]+\.css$/.test(file))).toHaveLength(1);
		expect(sitemaps).toEqual(expect.arrayContaining(['sitemap-index.xml', 'sitemap-0.xml']));
	});

	it.each(expected)('gives %s a .gz and a .br copy that decompress to the same bytes', (file) => {
		const original = bytesOf(file);
		expect(files).toContain(`${file}.gz`);
		expect(files).toContain(`${file}.br`);
		expect(gunzipSync(bytesOf(`${file}.gz`)).equals(original)).toBe(true);
		expect(brotliDecompressSync(bytesOf(`${file}.br`)).equals(original)).toBe(true);
	});

	it('writes every compressed copy smaller than its original', () => {
		for (const file of files.filter((name) => /\.(gz|br)$/.test(name))) {
			expect(fixtureSite.size(file), file).toBeLessThan(fixtureSite.size(file.slice(0, -3)));
		}
	});

	it('leaves images, fonts and host configuration uncompressed', () => {
		const binaries = files.filter((file) => /\.(webp|avif|png|jpe?g|gif|woff2?)$/.test(file));
		expect(binaries.length).toBeGreaterThan(0);
		for (const file of binaries) {
			expect(files).not.toContain(`${file}.gz`);
			expect(files).not.toContain(`${file}.br`);
		}
		expect(files).toContain('_redirects');
		expect(files.filter((file) => file.startsWith('_redirects.'))).toEqual([]);
	});

	it('logs one summary line', () => {
		const log = readFileSync(SITES.fixture.log, 'utf8');
		const lines = log.split('\n').filter((line) => line.includes('[fieldnotes:precompress]'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/\[fieldnotes:precompress\] \d+ files compressed in \d+ ms(, \d+ of them reused)? \(gzip \d+\.\d\d MB → \d+\.\d\d MB, brotli \d+\.\d\d MB\)/
		);
	});
});
