import type { AstroIntegration } from 'astro';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listEnclosureUrls, setEnclosureLengths } from './enclosure-lengths';
import { listOutputFiles } from '@/build/output-files';

/**
 * Gives every feed enclosure (an article's cover) its real length in bytes. Astro renders the
 * feeds before it writes the optimized images they point to, so the feeds are written with a
 * length of 0; once the build is done this reads each image's size from the output and writes it
 * in. An enclosure whose file is missing fails the build, naming the feed and the URL.
 */
export function feedEnclosures(): AstroIntegration {
	let siteUrl = 'https://example.invalid/';
	return {
		name: 'fieldnotes:feed-enclosures',
		hooks: {
			'astro:config:done': ({ config }) => {
				siteUrl = new URL(config.base, config.site ?? siteUrl).href;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const sizes = new Map<string, number>();
				let feeds = 0;
				for (const file of await listOutputFiles(outDir)) {
					if (!file.endsWith('.xml')) continue;
					const xml = await readFile(join(outDir, file), 'utf8');
					if (!xml.includes('enclosure')) continue;
					// Only files of this site are in the output.
					for (const url of listEnclosureUrls(xml).filter((url) => url.startsWith(siteUrl))) {
						if (!sizes.has(url)) sizes.set(url, await sizeOf(outDir, file, url, siteUrl));
					}
					const withLengths = setEnclosureLengths(xml, sizes);
					if (withLengths !== xml) await writeFile(join(outDir, file), withLengths);
					feeds++;
				}
				logger.info(`${sizes.size} enclosure file(s) measured for ${feeds} feed(s).`);
			},
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
