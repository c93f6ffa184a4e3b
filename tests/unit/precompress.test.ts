import { describe, expect, it } from 'vitest';
import {
	formatPrecompressSummary,
	isCompressible,
	isWorthKeeping,
	MAX_QUALITY_BUDGET_BYTES,
	pickBrotliQuality,
} from '@/features/precompress/precompress';

describe('isCompressible', () => {
	it.each([
		'index.html',
		'blog/some-article/index.html',
		'_astro/BaseLayout.t7q41Yfg.css',
		'_astro/page.B1x2.js',
		'_astro/chunk.mjs',
		'rss.xml',
		'rss.xsl',
		'tags/go/rss.xml',
		'sitemap-0.xml',
		'feed.json',
		'search-index.json',
		'robots.txt',
		'favicon.svg',
		'site.webmanifest',
		'PAGE.HTML',
	])('compresses the text file %s', (path) => {
		expect(isCompressible(path)).toBe(true);
	});

	it.each([
		'_astro/cover.RJh-KBjN_2nloLt.webp',
		'_astro/cover.RJh-KBjN_1Sllgf.avif',
		'_astro/cover.RJh-KBjN_2tCnUh.png',
		'photo.jpg',
		'_astro/inter-latin-wght-normal.Dx4kXJAl.woff2',
		'font.woff',
		'_redirects',
		'_headers',
		'index.html.gz',
		'index.html.br',
		'archive.zip',
	])('leaves %s alone', (path) => {
		expect(isCompressible(path)).toBe(false);
	});

	it('looks at the file name only, not the folders above it', () => {
		expect(isCompressible('notes.html/cover.webp')).toBe(false);
		expect(isCompressible('html')).toBe(false);
	});

	it('reads extensions in any case', () => {
		expect(isCompressible('LEGACY/INDEX.HTML')).toBe(true);
		expect(isCompressible('icons/Logo.SVG')).toBe(true);
	});
});

describe('isWorthKeeping', () => {
	it('keeps a compressed copy that is smaller than the original', () => {
		expect(isWorthKeeping(499, 188)).toBe(true);
		expect(isWorthKeeping(2, 1)).toBe(true);
	});

	it('drops a compressed copy that is as large as or larger than the original', () => {
		expect(isWorthKeeping(82, 96)).toBe(false);
		expect(isWorthKeeping(100, 100)).toBe(false);
		expect(isWorthKeeping(0, 20)).toBe(false);
	});

	it('rejects sizes that cannot be byte counts', () => {
		expect(() => isWorthKeeping(-1, 0)).toThrowError(/originalSize.*-1/);
		expect(() => isWorthKeeping(10, 1.5)).toThrowError(/compressedSize.*1\.5/);
		expect(() => isWorthKeeping(Number.NaN, 1)).toThrowError(/originalSize.*NaN/);
		expect(() => isWorthKeeping(10, -1)).toThrowError(
			'compressedSize must be a non-negative integer, got -1'
		);
	});

	it('takes 0 as a byte count on either side', () => {
		expect(isWorthKeeping(0, 0)).toBe(false);
		expect(isWorthKeeping(20, 0)).toBe(true);
	});
});

describe('formatPrecompressSummary', () => {
	it('reports the file count, time and sizes in megabytes', () => {
		const totals = {
			files: 41,
			gzipOriginal: 3 * 1024 * 1024,
			gzipCompressed: 512 * 1024,
			brotliCompressed: 400 * 1024,
			reused: 0,
		};
		expect(formatPrecompressSummary(totals, 812.4)).toBe(
			'41 files compressed in 812 ms (gzip 3.00 MB → 0.50 MB, brotli 0.39 MB)'
		);
	});

	it('says how many files kept the copies of the last build', () => {
		const totals = {
			files: 41,
			gzipOriginal: 0,
			gzipCompressed: 0,
			brotliCompressed: 0,
			reused: 38,
		};
		expect(formatPrecompressSummary(totals, 90)).toBe(
			'41 files compressed in 90 ms, 38 of them reused (gzip 0.00 MB → 0.00 MB, brotli 0.00 MB)'
		);
	});

	it('says "file" for a single file', () => {
		const totals = { files: 1, gzipOriginal: 0, gzipCompressed: 0, brotliCompressed: 0, reused: 0 };
		expect(formatPrecompressSummary(totals, 0)).toBe(
			'1 file compressed in 0 ms (gzip 0.00 MB → 0.00 MB, brotli 0.00 MB)'
		);
	});
});

describe('pickBrotliQuality', () => {
	it('uses quality 10 for a site of up to 4 MiB of text', () => {
		expect(pickBrotliQuality(0)).toBe(10);
		expect(pickBrotliQuality(MAX_QUALITY_BUDGET_BYTES)).toBe(10);
	});

	it('uses a fast quality above that, where quality 10 would dominate the build', () => {
		expect(pickBrotliQuality(MAX_QUALITY_BUDGET_BYTES + 1)).toBe(7);
	});
});
