import type { AstroIntegration } from 'astro';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import {
	formatPrecompressSummary,
	isCompressible,
	isWorthKeeping,
	pickBrotliQuality,
	type PrecompressTotals,
} from './precompress';
import { derivationVersion, OutputFileCache, outputKeyOf } from '@/build/output-cache';
import { listOutputFiles } from '@/build/output-files';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Files compressed at once. zlib's async calls run on libuv's pool of 4 threads, so more would
 * only queue; fewer in flight keeps memory flat however many pages the site has.
 */
const CONCURRENCY = 4;

/**
 * Writes `.gz` and `.br` copies of every text file of the built site, for hosts that serve
 * precompressed files (nginx `gzip_static`, Caddy `precompressed`, S3 + CloudFront) at higher
 * compression than the fast levels they use on the fly (Brotli quality: see pickBrotliQuality). Node's gzip header carries no file
 * name and a zero mtime, so the copies are byte-identical from build to build. The copies are
 * also kept in Astro's cache folder under a hash of the original, so a file that is the same as
 * in the last build gets its copies back without being compressed again.
 */
export function precompress(): AstroIntegration {
	let cache: OutputFileCache | undefined;
	let version = '';
	return {
		name: 'fieldnotes:precompress',
		hooks: {
			'astro:config:done': ({ config }) => {
				cache = new OutputFileCache(fileURLToPath(new URL('precompressed/', config.cacheDir)));
				version = derivationVersion(
					fileURLToPath(config.root),
					['src/features/precompress/precompress.ts', 'src/features/precompress/integration.ts'],
					`zlib ${process.versions.zlib}`,
					`brotli ${process.versions['brotli'] ?? ''}`
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const files = (await listOutputFiles(outDir)).filter(isCompressible);
				const sizes = await Promise.all(
					files.map(async (file) => (await stat(join(outDir, file))).size)
				);
				const brotliQuality = pickBrotliQuality(sizes.reduce((sum, size) => sum + size, 0));
				const totals: PrecompressTotals = {
					files: 0,
					gzipOriginal: 0,
					gzipCompressed: 0,
					brotliCompressed: 0,
					reused: 0,
				};
				const compress = async (file: string) => {
					const original = await readFile(file);
					const key = outputKeyOf(original, `${version}:brotli-${brotliQuality}`);
					const [gzipReused, brotliReused] = await Promise.all([
						cache?.copyTo(key, '.gz', `${file}.gz`),
						cache?.copyTo(key, '.br', `${file}.br`),
					]);
					if (gzipReused || brotliReused) {
						totals.reused++;
						totals.files++;
						// Sizes are read before adding: `total += await …` would add to a stale total
						// while the other workers add to it too.
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
						await cache?.write(key, '.gz', gzipped);
						totals.gzipOriginal += original.length;
						totals.gzipCompressed += gzipped.length;
						written = true;
					}
					if (isWorthKeeping(original.length, brotli.length)) {
						await writeFile(`${file}.br`, brotli);
						await cache?.write(key, '.br', brotli);
						totals.brotliCompressed += brotli.length;
						written = true;
					}
					if (written) totals.files++;
				};
				let next = 0;
				const worker = async () => {
					while (next < files.length) await compress(join(outDir, files[next++]!));
				};
				await Promise.all(Array.from({ length: CONCURRENCY }, worker));
				await cache?.prune();
				logger.info(formatPrecompressSummary(totals, performance.now() - started));
			},
		},
	};
}
