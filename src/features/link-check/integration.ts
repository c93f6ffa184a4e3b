import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	collectPageLinks,
	findBrokenLinks,
	formatBrokenLinks,
	pageKeyOf,
	type PageLinks,
} from './link-check';
import { basePathOf, withBase } from '@/lib/paths';
import { listArticleSources, PAGE_SECTIONS } from '@/content-model/entry-sources';
import {
	derivationVersion,
	OutputResultCache,
	outputKeyOf,
	packageVersion,
} from '@/build/output-cache';
import { listOutputFiles } from '@/build/output-files';

/** Pages read at once, while the pages read before them are checked. */
const READ_BATCH = 64;

/** What the link checker keeps of a page between builds: PageLinks, as JSON can hold it. */
interface StoredPageLinks {
	links: string[];
	ids: string[];
}

/** How the link checker reacts to broken links. */
export interface LinkCheckerOptions {
	/** `error` fails the build (the default); `warn` only lists the broken links. */
	onBrokenLinks?: 'error' | 'warn';
	/** Folder holding `blog/` and the other collections, to name the content file behind each broken link. */
	contentDirectory: string;
}

/**
 * Checks every internal link, asset reference and `#fragment` of the built site once the build is
 * done, and fails the build with a list of broken links by source file. Each HTML file is parsed
 * once; links are then checked against an index of the output, so the cost grows with the number
 * of links, not pages × links. What a page links to is kept in Astro's cache folder under a hash of
 * the page, so pages unchanged since the last build are not parsed again.
 */
export function linkChecker({
	onBrokenLinks = 'error',
	contentDirectory,
}: LinkCheckerOptions): AstroIntegration {
	let origin = 'https://example.invalid';
	let base = '/';
	let cacheFile = '';
	let version = '';
	return {
		name: 'fieldnotes:link-checker',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) origin = new URL(config.site).origin;
				base = basePathOf(new URL(config.base, origin).href);
				cacheFile = fileURLToPath(new URL('link-checker-pages.json', config.cacheDir));
				version = derivationVersion(
					fileURLToPath(config.root),
					['src/features/link-check/link-check.ts'],
					`htmlparser2 ${packageVersion(fileURLToPath(config.root), 'htmlparser2')}`
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				// Pages link to each other under the base path; the output folder holds what lies below it.
				const files = (await listOutputFiles(outDir)).map((file) => `${base}${file}`);
				const pages = new Map<string, PageLinks>();
				const cache = await OutputResultCache.open<StoredPageLinks>(cacheFile);
				// Most links and ids recur on every page (navigation, footer, tags): one string each
				// instead of one per page keeps 10,000 pages' links in a fraction of the memory. The
				// kept string is a copy: the parser's strings are slices that keep their whole page's
				// HTML alive (hundreds of megabytes at 10,000 pages).
				const strings = new Map<string, string>();
				const intern = (text: string) => {
					const known = strings.get(text);
					if (known !== undefined) return known;
					const copy = Buffer.from(text, 'utf8').toString('utf8');
					strings.set(copy, copy);
					return copy;
				};
				const htmlFiles = files.filter((file) => file.endsWith('.html'));
				// Read a batch at a time: one read after the other leaves the disk and the thread pool idle.
				const readBatch = (start: number) =>
					Promise.all(
						htmlFiles
							.slice(start, start + READ_BATCH)
							.map((file) => readFile(join(outDir, file.slice(base.length))))
					);
				let next = readBatch(0);
				for (let start = 0; start < htmlFiles.length; start += READ_BATCH) {
					const batch = await next;
					next = readBatch(start + READ_BATCH);
					batch.forEach((html, offset) => {
						const file = htmlFiles[start + offset]!;
						const stored = cache.get(outputKeyOf(html, version), () => {
							const found = collectPageLinks(html.toString('utf8'));
							return { links: found.links.map(intern), ids: [...found.ids].map(intern) };
						});
						stored.links = stored.links.map(intern);
						stored.ids = stored.ids.map(intern);
						pages.set(pageKeyOf(file), { links: stored.links, ids: new Set(stored.ids) });
					});
				}
				await cache.save();
				const broken = findBrokenLinks({ files: new Set(files), pages, origin });
				const linkCount = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
				const elapsed = Math.round(performance.now() - started);
				if (broken.length === 0) {
					logger.info(
						`${linkCount} links on ${pages.size} pages checked in ${elapsed} ms: none broken.${cache.reused > 0 ? ` (${cache.reused} pages unchanged since the last build were not parsed again.)` : ''}`
					);
					return;
				}
				const sources = new Map(
					PAGE_SECTIONS.flatMap(([folder, prefix]) =>
						listArticleSources(join(contentDirectory, folder), prefix)
					).map(({ urlPath, file }) => [
						withBase(urlPath, base),
						relative(process.cwd(), file).split(sep).join('/'),
					])
				);
				const report = formatBrokenLinks(broken, (page) =>
					sources.has(page) ? `${sources.get(page)} (${page})` : `page ${page}`
				);
				const summary = `${broken.length} broken link${broken.length === 1 ? '' : 's'} in the built site (${linkCount} links on ${pages.size} pages checked in ${elapsed} ms):\n\n${report}\n`;
				if (onBrokenLinks === 'warn') {
					logger.warn(summary);
					return;
				}
				throw new Error(
					`${summary}\nFix each link in the file named above it. To list broken links without failing the build, set linkChecker({ onBrokenLinks: 'warn' }) in astro.config.ts.`
				);
			},
		},
	};
}
