/** Where the search bundle goes, below the output folder (and so below the base path). */
export const SEARCH_BUNDLE_DIRECTORY = 'pagefind';

/**
 * Files of Pagefind's output the site does not load: its ready-made search UIs and the result
 * highlighter. The search page uses Pagefind's JavaScript API (`pagefind.js`, its worker, the
 * WebAssembly and the index itself) with markup of its own.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Whether a file Pagefind produced (a path relative to its bundle folder) belongs in the site.
 * @example isSearchBundleFile('pagefind.js') // true
 * @example isSearchBundleFile('pagefind-ui.js') // false
 */
export function isSearchBundleFile(path: string): boolean {
	return !UNUSED_BUNDLE_FILE.test(path);
}

/**
 * How many pages the index holds, from the text of Pagefind's `pagefind-entry.json`.
 * (`addDirectory` counts every HTML file it read, including the pages without
 * `data-pagefind-body` that it skipped.)
 */
export function countIndexedPages(entryJson: string): number {
	const { languages } = JSON.parse(entryJson) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/** What one indexing pass produced, for the build log. */
export interface SearchIndexSummary {
	/** Pages Pagefind indexed. */
	pages: number;
	/** Files written to the search bundle. */
	files: number;
	/** Their total size in bytes. */
	bytes: number;
	milliseconds: number;
	/** The index of the last build was copied because no page changed. */
	isReused?: boolean;
}

/**
 * The build-log line of the search index.
 * @example formatSearchIndexSummary({ pages: 12, files: 30, bytes: 204800, milliseconds: 412 }) // "search index: 12 pages, 30 files, 200.0 KiB in 412 ms"
 */
export function formatSearchIndexSummary({
	pages,
	files,
	bytes,
	milliseconds,
	isReused = false,
}: SearchIndexSummary): string {
	const reused = isReused ? ', copied from the last build (no page changed)' : '';
	return `search index: ${pages} page${pages === 1 ? '' : 's'}, ${files} files, ${(bytes / 1024).toFixed(1)} KiB in ${Math.round(milliseconds)} ms${reused}`;
}
