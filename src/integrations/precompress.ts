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
} from '../lib/precompress';
import { listOutputFiles } from './output-files';

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
 * name and a zero mtime, so the copies are byte-identical from build to build.
 */
export function precompress(): AstroIntegration {
	return {
		name: 'fieldnotes:precompress',
		hooks: {
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
				};
				let next = 0;
				const worker = async () => {
					while (next < files.length) {
						const file = join(outDir, files[next++]!);
						const original = await readFile(file);
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
							totals.gzipOriginal += original.length;
							totals.gzipCompressed += gzipped.length;
							written = true;
						}
						if (isWorthKeeping(original.length, brotli.length)) {
							await writeFile(`${file}.br`, brotli);
							totals.brotliCompressed += brotli.length;
							written = true;
						}
						if (written) totals.files++;
					}
				};
				await Promise.all(Array.from({ length: CONCURRENCY }, worker));
				logger.info(formatPrecompressSummary(totals, performance.now() - started));
			},
		},
	};
}
