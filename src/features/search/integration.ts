import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import {
	countIndexedPages,
	formatSearchIndexSummary,
	isSearchBundleFile,
	SEARCH_BUNDLE_DIRECTORY,
	type SearchIndexSummary,
} from './index-summary';
import { derivationVersion, packageVersion } from '@/build/output-cache';
import { listOutputFiles, placeCachedFile } from '@/build/output-files';

/** The file Pagefind's browser API reads first; the cache writes it last, as its "complete" mark. */
const ENTRY_FILE = 'pagefind-entry.json';
/** Beside a cached index (not in it): what the build log says about it. */
const SUMMARY_FILE = 'summary.json';

type Bundle = { path: string; content: Uint8Array }[];
type BundleSummary = Omit<SearchIndexSummary, 'milliseconds' | 'isReused'>;

/**
 * Builds the Pagefind search index from the built pages once the build is done. Only the parts of
 * pages marked `data-pagefind-body` (articles, case studies, experiments) are indexed; drafts and
 * scheduled posts have no page, so they cannot reach the index. Fails the build when Pagefind
 * reports a problem, so a broken index is never deployed.
 *
 * Pagefind cannot update an index, and indexing takes seconds at a thousand pages, so the last
 * index is kept in Astro's cache folder under a hash of every page: when no page changed, it is
 * copied into the output instead of built again.
 */
export function searchIndex(): AstroIntegration {
	let cacheDirectory = '';
	let version = '';
	return {
		name: 'fieldnotes:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				const root = fileURLToPath(config.root);
				cacheDirectory = fileURLToPath(new URL('search-index/', config.cacheDir));
				version = derivationVersion(
					root,
					['src/features/search/integration.ts', 'src/features/search/index-summary.ts'],
					`pagefind ${packageVersion(root, 'pagefind')}`
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const bundleDirectory = join(outDir, SEARCH_BUNDLE_DIRECTORY);
				const cached = join(cacheDirectory, await hashPages(outDir, version));
				if (existsSync(join(cached, 'index', ENTRY_FILE))) {
					await placeCachedBundle(join(cached, 'index'), bundleDirectory);
					const summary = JSON.parse(
						await readFile(join(cached, SUMMARY_FILE), 'utf8')
					) as BundleSummary;
					logger.info(
						formatSearchIndexSummary({
							...summary,
							milliseconds: performance.now() - started,
							isReused: true,
						})
					);
					return;
				}
				let bundle: Bundle;
				try {
					const { index, errors } = await createIndex();
					if (!index) throw new Error(errors.join('\n'));
					const indexed = await index.addDirectory({ path: outDir });
					const { files, errors: writeErrors } = await index.getFiles();
					const problems = [...errors, ...indexed.errors, ...writeErrors];
					if (problems.length > 0) throw new Error(problems.join('\n'));
					// getFiles rather than writeFiles: Pagefind also emits its own UIs (about 450 KB);
					// the site has its own search page and ships only what that page loads.
					bundle = files.filter(({ path }) => isSearchBundleFile(path));
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					throw new Error(`Pagefind could not build the search index:\n${reason}`, {
						cause: error,
					});
				} finally {
					await close();
				}
				const summary: BundleSummary = {
					pages: countIndexedPages(bundle),
					files: bundle.length,
					bytes: bundle.reduce((sum, { content }) => sum + content.byteLength, 0),
				};
				await writeBundle(bundle, bundleDirectory);
				// Only the newest index is kept: an older one matches no future build of these pages.
				await rm(cacheDirectory, { recursive: true, force: true });
				await mkdir(cached, { recursive: true });
				await writeFile(join(cached, SUMMARY_FILE), JSON.stringify(summary));
				await writeBundle(bundle, join(cached, 'index'));
				logger.info(
					formatSearchIndexSummary({ ...summary, milliseconds: performance.now() - started })
				);
			},
		},
	};
}

/** A hash of every HTML page of the output, path and bytes, and of how the index is made. */
async function hashPages(outDir: string, version: string): Promise<string> {
	const hash = createHash('sha1').update(version);
	for (const page of (await listOutputFiles(outDir)).filter((file) => file.endsWith('.html'))) {
		hash
			.update(page)
			.update('\0')
			.update(await readFile(join(outDir, page)))
			.update('\0');
	}
	return hash.digest('hex');
}

/** Places a cached bundle's files in the output (see placeCachedFile). */
async function placeCachedBundle(cached: string, directory: string): Promise<void> {
	const files = await listOutputFiles(cached);
	await Promise.all(
		[...new Set(files.map((file) => dirname(join(directory, file))))].map((folder) =>
			mkdir(folder, { recursive: true })
		)
	);
	await Promise.all(
		files.map((file) => placeCachedFile(join(cached, file), join(directory, file)))
	);
}

/** Writes the bundle's files into a folder, the entry file last. */
async function writeBundle(bundle: Bundle, directory: string): Promise<void> {
	const ordered = [...bundle].sort(
		(a, b) => Number(a.path === ENTRY_FILE) - Number(b.path === ENTRY_FILE)
	);
	for (const { path, content } of ordered) {
		const target = join(directory, path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, content);
	}
}
