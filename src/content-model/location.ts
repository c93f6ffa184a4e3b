/**
 * The folder holding the author's collections (`blog/` …). Tests and the benchmark point
 * FIELDNOTES_CONTENT_DIR at another folder; a site owner never needs to.
 */
export const contentDirectory = process.env['FIELDNOTES_CONTENT_DIR'] ?? './content';

/**
 * Astro's cache folder for a content folder other than `./content` or a base path other than `/`,
 * so builds of different folders (tests, benchmark sizes) and of the same content under another
 * base path (whose rendered links differ) keep their own content store instead of clearing one
 * another's.
 * @example astroCacheDirectoryFor('.cache/bench/content-100') // 'node_modules/.astro/-cache-bench-content-100'
 * @example astroCacheDirectoryFor('./content', '/notes/') // 'node_modules/.astro/-content-notes-'
 */
// Stryker disable next-line StringLiteral: an empty base appends nothing, as the root '/' does
export function astroCacheDirectoryFor(directory: string, base = '/'): string {
	const key = base === '/' ? directory : `${directory}${base}`;
	return `node_modules/.astro/${key.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * Astro's cache folder for a build of `directory` under `base`: Astro's default for the site's
 * own content at the root, else its own folder (see astroCacheDirectoryFor).
 */
export function astroCacheDirectory(directory: string, base: string): string {
	return directory === './content' && base === '/'
		? 'node_modules/.astro'
		: astroCacheDirectoryFor(directory, base);
}
