import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AfterBuildStep } from '@/build/after-build';
import { FileCache, outputKeyOf } from '@/build/cache';
import {
	formatPrecompressSummary,
	isCompressible,
	isWorthKeeping,
	pickBrotliQuality,
	type PrecompressTotals,
} from './precompress';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * The after-build step that writes `.gz` and `.br` copies of every text file of the built site,
 * for hosts that serve precompressed files (nginx `gzip_static`, Caddy `precompressed`, S3 +
 * CloudFront) at higher compression than the fast levels they use on the fly (Brotli quality: see
 * pickBrotliQuality). Node's gzip header carries no file name and a zero mtime, so the copies are
 * byte-identical from build to build. The copies are also kept in Astro's cache folder under the
 * original's key, so a file that is the same as in the last build gets its copies back without
 * being compressed again. Files other steps write after the pass (the search bundle) are
 * compressed at its end.
 */
export function precompress(): AfterBuildStep {
	let cache: FileCache | undefined;
	let brotliQuality = 11;
	let totals: PrecompressTotals;
	let started = 0;
	const seen = new Set<string>();
	const compress = async (outDir: string, path: string, original: Buffer, key: string) => {
		seen.add(path);
		const file = join(outDir, path);
		const [gzipReused, brotliReused] = await Promise.all([
			cache!.copyTo(key, '.gz', `${file}.gz`),
			cache!.copyTo(key, '.br', `${file}.br`),
		]);
		if (gzipReused || brotliReused) {
			if (!cache!.wroteThisBuild(key)) totals.reused++;
			totals.files++;
			// Sizes are read before adding: `total += await …` would add to a stale total while
			// other files add to it too.
			const [gzipSize, brotliSize] = await Promise.all([
				gzipReused ? stat(`${file}.gz`).then(({ size }) => size) : 0,
				brotliReused ? stat(`${file}.br`).then(({ size }) => size) : 0,
			]);
			if (gzipReused) totals.gzipOriginal += original.length;
			totals.gzipCompressed += gzipSize;
			totals.brotliCompressed += brotliSize;
			return;
		}
		const [gzipped, brotli] = await Promise.all([
			gzipAsync(original, { level: 9 }),
			brotliAsync(original, {
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: brotliQuality,
					[constants.BROTLI_PARAM_SIZE_HINT]: original.length,
				},
			}),
		]);
		let written = false;
		if (isWorthKeeping(original.length, gzipped.length)) {
			await writeFile(`${file}.gz`, gzipped);
			await cache!.write(key, '.gz', gzipped);
			totals.gzipOriginal += original.length;
			totals.gzipCompressed += gzipped.length;
			written = true;
		}
		if (isWorthKeeping(original.length, brotli.length)) {
			await writeFile(`${file}.br`, brotli);
			await cache!.write(key, '.br', brotli);
			totals.brotliCompressed += brotli.length;
			written = true;
		}
		if (written) totals.files++;
	};
	/** The key of a file's copies: the file's own key (its bytes and the code version) and the quality. */
	const keyOf = (fileKey: string) => `${fileKey}-q${brotliQuality}`;
	return {
		name: 'fieldnotes:precompress',
		async start(files, { outDir, cacheDir }) {
			started = performance.now();
			seen.clear();
			totals = { files: 0, gzipOriginal: 0, gzipCompressed: 0, brotliCompressed: 0, reused: 0 };
			cache = new FileCache(join(cacheDir, 'precompressed'));
			// The quality depends on the size of the whole site, so it is settled before any file.
			const sizes = await Promise.all(
				files.filter(isCompressible).map(async (file) => (await stat(join(outDir, file))).size)
			);
			brotliQuality = pickBrotliQuality(sizes.reduce((sum, size) => sum + size, 0));
		},
		reads: isCompressible,
		visit: ({ path, bytes, key }, { outDir }) => compress(outDir, path, bytes, keyOf(key)),
		async finish({ outDir }, files, logger) {
			for (const path of files.filter((file) => isCompressible(file) && !seen.has(file))) {
				const bytes = await readFile(join(outDir, path));
				await compress(outDir, path, bytes, keyOf(outputKeyOf(bytes)));
			}
			await cache!.prune();
			logger.info(formatPrecompressSummary(totals, performance.now() - started));
		},
	};
}
