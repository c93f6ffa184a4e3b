import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import {
	countIndexedPages,
	formatSearchIndexSummary,
	isSearchBundleFile,
	SEARCH_BUNDLE_DIRECTORY,
	type SearchIndexSummary,
} from './index-summary';
import type { AfterBuildStep } from '@/build/after-build';
import { listOutputFiles, placeCachedFile } from '@/build/output-files';

/** The file Pagefind's browser API reads first. */
const ENTRY_FILE = 'pagefind-entry.json';
/** Beside a cached index (not in it): what the build log says about it. */
const SUMMARY_FILE = 'summary.json';

type BundleSummary = Omit<SearchIndexSummary, 'milliseconds' | 'isReused'>;

/**
 * The after-build step that builds the Pagefind search index from the built pages. Only the parts
 * of pages marked `data-pagefind-body` (articles, case studies, experiments) are indexed; drafts
 * and scheduled posts have no page, so they cannot reach the index. Fails the build when Pagefind
 * reports a problem, so a broken index is never deployed.
 *
 * Pagefind cannot update an index, and indexing takes seconds at a thousand pages, so the last
 * index is kept in Astro's cache folder under a hash of every page: when no page changed, it is
 * copied into the output instead of built again.
 */
export function searchIndex(): AfterBuildStep {
	const pageKeys = new Map<string, string>();
	return {
		name: 'fieldnotes:search-index',
		prepare() {
			pageKeys.clear();
		},
		reads: (path) => path.endsWith('.html'),
		visit({ path, key }) {
			pageKeys.set(path, key);
		},
		async finish({ outDir, cacheDir }, _files, logger) {
			const started = performance.now();
			const cacheDirectory = join(cacheDir, 'search-index');
			const bundleDirectory = join(outDir, SEARCH_BUNDLE_DIRECTORY);
			const cached = join(cacheDirectory, hashPages(pageKeys));
			if (existsSync(join(cached, 'index', ENTRY_FILE))) {
				const placed = await placeCachedBundle(join(cached, 'index'), bundleDirectory);
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
				return placed.map((file) => `${SEARCH_BUNDLE_DIRECTORY}/${file}`);
			}
			// Pagefind writes the bundle itself, beside the cache's place and renamed into it, so a
			// stopped build leaves no partial index; getFiles would pass every file through this
			// process (37 MB as base64 at 10,000 articles).
			const partial = `${cached}.${process.pid}.partial`;
			let kept: { summary: BundleSummary; files: string[] };
			try {
				await rm(partial, { recursive: true, force: true });
				const { index, errors } = await createIndex();
				if (!index) throw new Error(errors.join('\n'));
				const indexed = await index.addDirectory({ path: outDir });
				const written = await index.writeFiles({ outputPath: join(partial, 'index') });
				const problems = [...errors, ...indexed.errors, ...written.errors];
				if (problems.length > 0) throw new Error(problems.join('\n'));
				kept = await keepSiteFiles(join(partial, 'index'));
			} catch (error) {
				await rm(partial, { recursive: true, force: true });
				const reason = error instanceof Error ? error.message : String(error);
				throw new Error(`Pagefind could not build the search index:\n${reason}`, {
					cause: error,
				});
			} finally {
				await close();
			}
			await writeFile(join(partial, SUMMARY_FILE), JSON.stringify(kept.summary));
			// Only the newest index is kept: an older one matches no future build of these pages.
			for (const entry of await readdir(cacheDirectory)) {
				const path = join(cacheDirectory, entry);
				if (path !== partial) await rm(path, { recursive: true, force: true });
			}
			await rename(partial, cached);
			const placed = await placeCachedBundle(join(cached, 'index'), bundleDirectory, kept.files);
			logger.info(
				formatSearchIndexSummary({ ...kept.summary, milliseconds: performance.now() - started })
			);
			return placed.map((file) => `${SEARCH_BUNDLE_DIRECTORY}/${file}`);
		},
	};
}

/**
 * Deletes what Pagefind wrote that the site does not load (its ready-made UIs) from a bundle
 * folder, and sums up the rest, whose paths it gives.
 */
async function keepSiteFiles(
	directory: string
): Promise<{ summary: BundleSummary; files: string[] }> {
	const files: string[] = [];
	let bytes = 0;
	for (const file of await listOutputFiles(directory)) {
		const path = join(directory, file);
		if (!isSearchBundleFile(file)) {
			await rm(path);
			continue;
		}
		files.push(file);
		bytes += (await stat(path)).size;
	}
	const pages = countIndexedPages(await readFile(join(directory, ENTRY_FILE), 'utf8'));
	return { summary: { pages, files: files.length, bytes }, files };
}

/** A hash of every HTML page of the output: its path and its key (bytes and code version). */
function hashPages(pageKeys: ReadonlyMap<string, string>): string {
	const hash = createHash('sha1');
	for (const [page, key] of [...pageKeys].sort(([a], [b]) => (a < b ? -1 : 1))) {
		hash.update(page).update('\0').update(key).update('\0');
	}
	return hash.digest('hex');
}

/**
 * Places a cached bundle's files in the output (see placeCachedFile), giving their paths.
 * @param files the bundle's files, when known; else the folder is listed
 */
async function placeCachedBundle(
	cached: string,
	directory: string,
	files?: readonly string[]
): Promise<readonly string[]> {
	files ??= await listOutputFiles(cached);
	await Promise.all(
		[...new Set(files.map((file) => dirname(join(directory, file))))].map((folder) =>
			mkdir(folder, { recursive: true })
		)
	);
	await Promise.all(
		files.map((file) => placeCachedFile(join(cached, file), join(directory, file)))
	);
	return files;
}
