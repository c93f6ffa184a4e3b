/**
 * The folder holding the author's collections (`blog/` …). Tests and the benchmark point
 * FIELDNOTES_CONTENT_DIR at another folder; a site owner never needs to.
 */
export const contentDirectory = process.env['FIELDNOTES_CONTENT_DIR'] ?? './content';

/**
 * Astro's cache folder for a content folder other than `./content`, so builds of different
 * folders (tests, benchmark sizes) keep their own content store instead of clearing one another's.
 * @example astroCacheDirectoryFor('.cache/bench/content-100') // 'node_modules/.astro/-cache-bench-content-100'
 */
export function astroCacheDirectoryFor(directory: string): string {
	return `node_modules/.astro/${directory.replace(/[^a-z0-9]+/gi, '-')}`;
}
