import { resolve, sep } from 'node:path';

/**
 * Top-level folders of a checkout that hold no site source: the tests' and the benchmark's
 * scratch copies, Stryker's sandboxes and reports, and the tests, docs and tools themselves.
 */
const NON_SOURCE_FOLDERS = ['.cache', '.stryker-tmp', 'reports', 'tests', 'docs', 'tools'];

/** Whether `path` is `folder` or inside it (both absolute). */
export function isInside(path: string, folder: string): boolean {
	return path === folder || path.startsWith(folder + sep);
}

/**
 * The folders `astro dev` need not watch: the build output and the checkout's non-source folders,
 * except one holding the content folder. Vite watches the whole project otherwise, and a checkout
 * that has run the tests and the benchmark holds about 11,000 scratch files there.
 */
export function unwatchedFolders(root: string, outDir: string, contentDir: string): string[] {
	const content = resolve(root, contentDir);
	return [resolve(outDir), ...NON_SOURCE_FOLDERS.map((folder) => resolve(root, folder))].filter(
		(folder) => !isInside(content, folder)
	);
}
