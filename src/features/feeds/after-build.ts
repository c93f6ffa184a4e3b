import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { listEnclosureUrls, setEnclosureLengths } from './enclosure-lengths';

/**
 * The after-build step that gives every feed enclosure (an article's cover) its real length in
 * bytes. Astro renders the feeds before it writes the optimized images they point to, so the
 * feeds are written with a length of 0; this reads each image's size from the output and writes
 * it in, before any other step reads the feeds. An enclosure whose file is missing fails the
 * build, naming the feed and the URL.
 */
export function feedEnclosureLengths(): AfterBuildStep {
	const sizes = new Map<string, Promise<number>>();
	let feeds = 0;
	return {
		name: 'fieldnotes:feed-enclosures',
		prepare() {
			sizes.clear();
			feeds = 0;
		},
		reads: (path) => path.endsWith('.xml'),
		async rewrite({ path, bytes }, { outDir, siteUrl }) {
			const xml = bytes.toString('utf8');
			if (!xml.includes('enclosure')) return undefined;
			// Only files of this site are in the output.
			const urls = listEnclosureUrls(xml).filter((url) => url.startsWith(siteUrl));
			for (const url of urls) {
				if (!sizes.has(url)) sizes.set(url, sizeOf(outDir, path, url, siteUrl));
			}
			const lengths = new Map(
				await Promise.all(urls.map(async (url) => [url, await sizes.get(url)!] as const))
			);
			feeds++;
			const withLengths = setEnclosureLengths(xml, lengths);
			return withLengths === xml ? undefined : Buffer.from(withLengths);
		},
		finish(_context, _files, logger) {
			logger.info(`${sizes.size} enclosure file(s) measured for ${feeds} feed(s).`);
		},
	};
}

async function sizeOf(outDir: string, feed: string, url: string, siteUrl: string): Promise<number> {
	const path = decodeURIComponent(new URL(url).pathname).slice(new URL(siteUrl).pathname.length);
	try {
		return (await stat(join(outDir, path))).size;
	} catch (error) {
		throw new Error(
			`${feed}: the enclosure ${url} has no file in the build output (looked for ${path}). Check the cover of the article it belongs to.`,
			{ cause: error }
		);
	}
}
