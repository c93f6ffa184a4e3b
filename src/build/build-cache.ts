import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDirectory, contentDirectory } from '@/content-model/location';
import { cacheKeyOf } from '@/lib/cache-key';
import { digestFiles } from './source-digest';
import { basePath } from '@/catalogue/site-urls';

/**
 * A result computed from the whole collection, kept in Astro's cache folder between builds under a
 * key of its inputs and of the source of the code that computes it: an unchanged site gets it back
 * without the work. Builds run from the project root, where the source files are.
 * @param name the cache file's name, e.g. `related-articles`
 * @param inputs everything the result depends on besides that code
 * @param sources the modules that compute it, relative to the project root
 */
export function cachedResult<Result>(
	name: string,
	inputs: unknown,
	sources: readonly string[],
	compute: () => Result
): Result {
	const key = cacheKeyOf(inputs, digestFiles(sources.map((source) => join(process.cwd(), source))));
	const directory = join(
		process.cwd(),
		astroCacheDirectory(contentDirectory, basePath),
		'fieldnotes'
	);
	const file = join(directory, `${name}.json`);
	try {
		const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; result: Result };
		if (stored.key === key) return stored.result;
	} catch {
		// No result kept yet, or an unreadable one: compute it afresh.
	}
	const result = compute();
	mkdirSync(directory, { recursive: true });
	writeFileSync(file, JSON.stringify({ key, result }));
	return result;
}
