import { join, relative, sep } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { ResultCache } from '@/build/cache';
import { failBuild } from '@/content-model/content-errors';
import { listEntryPages } from '@/content-model/entry-sources';
import { detachedCopy } from '@/lib/detached-copy';
import { withBase } from '@/lib/paths';
import {
	collectPageLinks,
	findBrokenLinks,
	formatBrokenLinks,
	pageKeyOf,
	type PageLinks,
} from './link-check';

/** What the link checker keeps of a page between builds: PageLinks, as JSON can hold it. */
interface StoredPageLinks {
	links: string[];
	ids: string[];
}

/** How the link checker reacts to broken links. */
export interface LinkCheckOptions {
	/** `error` fails the build (the default); `warn` only lists the broken links. */
	onBrokenLinks?: 'error' | 'warn';
	/** Folder holding `blog/` and the other collections, to name the content file behind each broken link. */
	contentDirectory: string;
}

/**
 * The after-build step that checks every internal link, asset reference and `#fragment` of the
 * built site, and fails the build with a list of broken links by source file. Each HTML page is
 * parsed once, and not at all when it is unchanged since the last build (what it links to is kept
 * under its output key); links are then checked against an index of the output, so the cost grows
 * with the number of links, not pages × links.
 */
export function linkCheck({
	onBrokenLinks = 'error',
	contentDirectory,
}: LinkCheckOptions): AfterBuildStep {
	let cache: ResultCache<StoredPageLinks> | undefined;
	let pages = new Map<string, PageLinks>();
	// Most links and ids recur on every page (navigation, footer, tags): one string each instead of
	// one per page keeps 10,000 pages' links in a fraction of the memory.
	const strings = new Map<string, string>();
	const intern = (text: string) => {
		const known = strings.get(text);
		if (known !== undefined) return known;
		const copy = detachedCopy(text);
		strings.set(copy, copy);
		return copy;
	};
	// Time this step itself takes, not the pass it shares with the others.
	let busy = 0;
	return {
		name: 'fieldnotes:link-checker',
		async prepare({ cacheDir }) {
			busy = 0;
			pages = new Map();
			strings.clear();
			cache = await ResultCache.open(join(cacheDir, 'link-checker-pages.json'));
		},
		reads: (path) => path.endsWith('.html'),
		visit({ path, bytes, key }, { base }) {
			const started = performance.now();
			const stored = cache!.get(key, () => {
				const found = collectPageLinks(bytes.toString('utf8'));
				return { links: found.links.map(intern), ids: [...found.ids].map(intern) };
			});
			stored.links = stored.links.map(intern);
			stored.ids = stored.ids.map(intern);
			pages.set(pageKeyOf(`${base}${path}`), { links: stored.links, ids: new Set(stored.ids) });
			busy += performance.now() - started;
		},
		async finish({ base, siteUrl }, files, logger) {
			const started = performance.now();
			await cache!.save();
			// Pages link to each other under the base path; the output folder holds what lies below it.
			const broken = findBrokenLinks({
				files: new Set(files.map((file) => `${base}${file}`)),
				pages,
				origin: new URL(siteUrl).origin,
			});
			const linkCount = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
			const elapsed = Math.round(busy + performance.now() - started);
			const reused = cache!.reused;
			if (broken.length === 0) {
				logger.info(
					`${linkCount} links on ${pages.size} pages checked in ${elapsed} ms: none broken.${reused > 0 ? ` (${reused} pages unchanged since the last build were not parsed again.)` : ''}`
				);
				return;
			}
			const sources = new Map(
				listEntryPages(contentDirectory).map(({ urlPath, file }) => [
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
			failBuild(
				logger,
				`${summary}\nFix each link in the file named above it. To list broken links without failing the build, set linkCheck({ onBrokenLinks: 'warn' }) in astro.config.ts.`
			);
		},
	};
}
