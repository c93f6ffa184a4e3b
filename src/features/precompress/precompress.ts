/**
 * Extensions of the text formats a CDN or static server can serve precompressed. Images and
 * fonts (webp, avif, png, woff2…) are left out: their formats are already compressed, so a
 * `.gz`/`.br` copy would only add bytes and files.
 */
export const COMPRESSIBLE_EXTENSIONS = [
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.xml',
	'.xsl',
	'.json',
	'.txt',
	'.svg',
	'.webmanifest',
] as const;

/**
 * Whether an output file (a POSIX path relative to the output folder) gets precompressed copies.
 * Extension-less files such as Netlify's `_redirects` and `_headers` never match: hosts read them
 * as configuration, not serve them.
 */
export function isCompressible(path: string): boolean {
	// An extension holds no "/", so the path ends with it exactly when the file name does.
	const lowerCase = path.toLowerCase();
	return COMPRESSIBLE_EXTENSIONS.some((extension) => lowerCase.endsWith(extension));
}

/**
 * Whether a compressed copy is worth writing: only if it is smaller than the original, since a
 * server would otherwise send more bytes for the same file (gzip's 18-byte frame makes an 80-byte
 * robots.txt grow). There is deliberately no minimum file size: even redirect pages of 500 bytes
 * shrink by half, and a missing sibling makes `gzip_static`-style servers fall back to compressing
 * on the fly or sending the file raw.
 */
export function isWorthKeeping(originalSize: number, compressedSize: number): boolean {
	if (!Number.isInteger(originalSize) || originalSize < 0)
		throw new RangeError(`originalSize must be a non-negative integer, got ${originalSize}`);
	if (!Number.isInteger(compressedSize) || compressedSize < 0)
		throw new RangeError(`compressedSize must be a non-negative integer, got ${compressedSize}`);
	return compressedSize < originalSize;
}

/** Running totals of one precompression pass, for the build log. */
export interface PrecompressTotals {
	/** Files with at least one compressed copy written. */
	files: number;
	/** Bytes of the originals that got a gzip copy. */
	gzipOriginal: number;
	/** Bytes of the gzip copies written. */
	gzipCompressed: number;
	/** Bytes of the brotli copies written. */
	brotliCompressed: number;
	/** Files whose copies were taken from the last build instead of compressed again. */
	reused: number;
}

const MEGABYTE = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MEGABYTE).toFixed(2)} MB`;

/**
 * The one log line of a precompression pass.
 * @example formatPrecompressSummary(totals, 812) // "41 files compressed in 812 ms, 38 of them reused (gzip 0.40 MB → 0.08 MB, brotli 0.06 MB)"
 */
export function formatPrecompressSummary(totals: PrecompressTotals, elapsedMs: number): string {
	const reused = totals.reused > 0 ? `, ${totals.reused} of them reused` : '';
	return `${totals.files} file${totals.files === 1 ? '' : 's'} compressed in ${Math.round(elapsedMs)} ms${reused} (gzip ${megabytes(totals.gzipOriginal)} → ${megabytes(totals.gzipCompressed)}, brotli ${megabytes(totals.brotliCompressed)})`;
}

/** Output size up to which every file gets Brotli's slower, smaller setting. */
export const MAX_QUALITY_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * The Brotli quality for a site whose compressible files total `totalBytes`. Measured on the
 * example site (2.45 MB of text, mostly full-content feeds): quality 11 took 2.9 CPU-s for 342 KiB,
 * 10 took 0.8 s for 353 KiB (3 % more), 7 took 0.1 s for 386 KiB. Small sites get 10, which keeps
 * nearly all of 11's gain for a third of its time; above the budget (the 1,000-article benchmark
 * has 65 MB, where 10 would cost some 20 CPU-s) they get 7, still 9 % smaller than gzip -9.
 */
export function pickBrotliQuality(totalBytes: number): number {
	return totalBytes <= MAX_QUALITY_BUDGET_BYTES ? 10 : 7;
}
