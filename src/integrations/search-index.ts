import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import {
	countIndexedPages,
	formatSearchIndexSummary,
	isSearchBundleFile,
	SEARCH_BUNDLE_DIRECTORY,
} from '../lib/search-index';

/**
 * Builds the Pagefind search index from the built pages once the build is done. Only the parts of
 * pages marked `data-pagefind-body` (articles, case studies, experiments) are indexed; drafts and
 * scheduled posts have no page, so they cannot reach the index. Fails the build when Pagefind
 * reports a problem, so a broken index is never deployed.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'fieldnotes:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex();
					if (!index) throw new Error(errors.join('\n'));
					const indexed = await index.addDirectory({ path: outDir });
					const { files, errors: writeErrors } = await index.getFiles();
					const problems = [...errors, ...indexed.errors, ...writeErrors];
					if (problems.length > 0) throw new Error(problems.join('\n'));
					// getFiles rather than writeFiles: Pagefind also emits its own UIs (about 450 KB);
					// the site has its own search page and ships only what that page loads.
					const bundle = files.filter(({ path }) => isSearchBundleFile(path));
					for (const { path, content } of bundle) {
						const target = join(outDir, SEARCH_BUNDLE_DIRECTORY, path);
						await mkdir(dirname(target), { recursive: true });
						await writeFile(target, content);
					}
					logger.info(
						formatSearchIndexSummary({
							pages: countIndexedPages(bundle),
							files: bundle.length,
							bytes: bundle.reduce((sum, { content }) => sum + content.byteLength, 0),
							milliseconds: performance.now() - started,
						})
					);
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					throw new Error(`Pagefind could not build the search index:\n${reason}`, {
						cause: error,
					});
				} finally {
					await close();
				}
			},
		},
	};
}
