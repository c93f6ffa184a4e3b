import { describe, expect, it } from 'vitest';
import { groupRoutes, parseBuildLog, parseDuration } from '../../../tools/bench/build-log';

/**
 * Excerpt of a real cold `astro build` of the 100-article corpus with NO_COLOR=1 (most article and
 * tag routes left out). Route lines end with a space, as Astro prints them.
 */
const COLD_LOG = `11:01:03 [vite] Re-optimizing dependencies because vite config has changed
11:01:06 [content] Syncing content
11:01:06 [content] Synced content
11:01:06 [types] Generated 3.06s
11:01:06 [build] output: "static"
11:01:06 [build] mode: "static"
11:01:06 [build] directory: /tmp/x/
11:01:06 [build] Collecting build info...
11:01:06 [build] ✓ Completed in 3.20s.
11:01:06 [build] Building static entrypoints...
11:01:13 [vite] ✓ built in 6.04s
11:01:13 [vite] ✓ built in 46ms
11:01:13 [build] Rearranging server assets...

 generating static routes 
11:01:13   ├─ /404.html (+17ms) 
11:01:13   ├─ /blog/how-the-monolith-scaled-a-dashboard-in-year-two/index.html (+147ms) 
11:01:13   ├─ /blog/how-a-migration-plan-broke-an-index-in-year-two/index.html (+12ms) 
11:01:14   ├─ /blog/index.html (+6ms) 
11:01:15   ├─ /blog/2/index.html (+4ms) 
11:01:15   ├─ /robots.txt (+6ms) 
11:01:15   ├─ /rss.xml (+408ms) 
11:01:15   ├─ /tags/css/index.html (+32ms) 
11:01:15   ├─ /tags/css/2/index.html (+3ms) 
11:01:15   ├─ /tags/index.html (+6ms) 
11:01:15   ├─ /index.html (+6ms) 
11:01:15 ✓ Completed in 2.49s.

 generating optimized images 
11:01:15   ▶ /_astro/avatar.F4UKjCJo_pCwOH.webp (before: 3kB, after: 0kB) (+78ms) (1/2)
11:01:15   ▶ /_astro/avatar.F4UKjCJo_Zd0e7U.webp (before: 3kB, after: 1kB) (+102ms) (2/2)
11:01:15 ✓ Completed in 183ms.

11:01:15 [build] ✓ Completed in 8.93s.
11:01:15 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`../../tmp/x\`
11:01:16 [fieldnotes:link-checker] 6162 links on 148 pages checked in 319 ms: none broken.
11:01:16 [build] 148 page(s) built in 12.50s
11:01:16 [build] Complete!
`;

describe('parseBuildLog', () => {
	it('reads the social cards, the search index, the .gz/.br copies and the pages copied from the last build', () => {
		const timings = parseBuildLog(
			[
				'11:01:13   ├─ /blog/a/index.html (restored) ',
				'11:01:13   ├─ /blog/b/index.html (cached) ',
				'11:01:13   ├─ /blog/c/index.html (+12ms) ',
				'11:01:15 [fieldnotes:social-cards] social cards: 9558 rendered, 0 reused (304027 ms on 2 worker threads, 151000 ms of it after the pages; 9558 copied into the output in 812 ms; cache node_modules/.astro/social-cards)',
				'11:01:16 [fieldnotes:search-index] search index: 9515 pages, 9717 files, 37093.4 KiB in 52255 ms',
				'11:01:17 [fieldnotes:precompress] 12865 files compressed in 28275 ms, 12 of them reused (gzip 455.26 MB → 98.33 MB, brotli 90.11 MB)',
			].join('\n')
		);
		expect(timings.copiedRoutes).toBe(2);
		expect(timings.routes.articles).toEqual({ count: 1, ms: 12 });
		expect(timings.socialCards).toEqual({
			rendered: 9558,
			reused: 0,
			drawMs: 304_027,
			waitMs: 151_000,
			copyMs: 812,
		});
		expect(timings.searchIndex).toEqual({ ms: 52_255, isReused: false });
		expect(timings.precompressMs).toBe(28_275);
		expect(timings.afterBuildPass).toBeNull();
		expect(
			parseBuildLog(
				'[fieldnotes:search-index] search index: 13 pages, 22 files, 257.7 KiB in 40 ms, copied from the last build (no page changed)'
			).searchIndex
		).toEqual({ ms: 40, isReused: true });
	});

	it('reads the after-build pass, which the link checker, search index and copies share', () => {
		const timings = parseBuildLog(
			[
				'08:37:47 [fieldnotes:link-checker] 1673 links on 37 pages checked in 266 ms: none broken.',
				'08:37:47 [fieldnotes:precompress] 60 files compressed in 13529 ms (gzip 2.45 MB → 0.41 MB, brotli 0.33 MB)',
				'08:37:47 [fieldnotes:after-build] after-build pass: 57 of 121 files read once (2.4 MiB) in 13659 ms',
			].join('\n')
		);
		expect(timings.afterBuildPass).toEqual({ filesRead: 57, files: 121, ms: 13_659 });
		expect(timings.linkCheck?.ms).toBe(266);
		expect(timings.precompressMs).toBe(13_529);
	});

	it('pairs each "✓ Completed in" with the phase that started it, including nested phases', () => {
		const timings = parseBuildLog(COLD_LOG);
		expect(timings.setupMs).toBe(3200);
		expect(timings.staticRoutesMs).toBe(2490);
		expect(timings.imagesMs).toBe(183);
		expect(timings.entrypointsMs).toBe(8930);
	});

	it('reads type generation, the Vite bundles, the link checker and the total', () => {
		const timings = parseBuildLog(COLD_LOG);
		expect(timings.typesMs).toBe(3060);
		expect(timings.bundleMs).toEqual([6040, 46]);
		expect(timings.linkCheck).toEqual({ links: 6162, pages: 148, ms: 319 });
		expect(timings.pagesBuilt).toBe(148);
		expect(timings.totalMs).toBe(12_500);
	});

	it('groups route times into articles, blog indexes, tag pages, the feed and the rest', () => {
		const { routes } = parseBuildLog(COLD_LOG);
		expect(routes.articles).toEqual({ count: 2, ms: 159 });
		expect(routes.blogIndexes).toEqual({ count: 2, ms: 10 });
		expect(routes.tags).toEqual({ count: 3, ms: 41 });
		expect(routes.feedsMs).toBe(408);
		expect(routes.other).toEqual({ count: 3, ms: 29 });
		expect(routes.slowest.map(({ path }) => path)).toEqual([
			'/rss.xml',
			'/blog/how-the-monolith-scaled-a-dashboard-in-year-two/index.html',
			'/tags/css/index.html',
		]);
	});

	it('notices re-optimised dependencies and a cleared content cache', () => {
		expect(parseBuildLog(COLD_LOG).hasReoptimizedDependencies).toBe(true);
		expect(parseBuildLog(COLD_LOG).hasClearedContentCache).toBe(false);
		const cleared = parseBuildLog(
			'11:01:03 [fieldnotes:content-cache-guard] Content schema or Markdown plugins changed: clearing the content cache.'
		);
		expect(cleared.hasClearedContentCache).toBe(true);
		expect(cleared.hasReoptimizedDependencies).toBe(false);
	});

	it('reads a log that still has colour codes', () => {
		const timings = parseBuildLog(
			'\u001b[2m11:01:16\u001b[22m \u001b[34m[build]\u001b[39m 148 page(s) built in \u001b[1m12.50s\u001b[22m'
		);
		expect(timings.totalMs).toBe(12_500);
	});

	it('leaves phases the log does not mention unknown rather than zero', () => {
		const timings = parseBuildLog('11:01:16 [build] Complete!');
		expect(timings.setupMs).toBeNull();
		expect(timings.imagesMs).toBeNull();
		expect(timings.linkCheck).toBeNull();
		expect(timings.routes.feedsMs).toBeNull();
		expect(timings.bundleMs).toEqual([]);
	});
});

describe('groupRoutes', () => {
	it('counts numbered blog pages as indexes and every other /blog/<slug>/ as an article', () => {
		const routes = groupRoutes([
			{ path: '/blog/2024-in-review/index.html', ms: 10 },
			{ path: '/blog/12/index.html', ms: 3 },
			{ path: '/rss.xml', ms: 4120 },
		]);
		expect(routes.articles).toEqual({ count: 1, ms: 10 });
		expect(routes.blogIndexes).toEqual({ count: 1, ms: 3 });
		expect(routes.feedsMs).toBe(4120);
	});

	it('counts every feed route as the feeds, tag feeds and the stylesheet included', () => {
		const routes = groupRoutes([
			{ path: '/atom.xml', ms: 400 },
			{ path: '/feed.json', ms: 8 },
			{ path: '/rss.xml', ms: 20 },
			{ path: '/rss.xsl', ms: 2 },
			{ path: '/tags/go/rss.xml', ms: 10 },
			{ path: '/tags/go/index.html', ms: 5 },
		]);
		expect(routes.feedsMs).toBe(440);
		expect(routes.tags).toEqual({ count: 1, ms: 5 });
		expect(routes.other).toEqual({ count: 0, ms: 0 });
	});

	it('breaks ties between equally slow routes by path', () => {
		const routes = groupRoutes([
			{ path: '/b/', ms: 5 },
			{ path: '/a/', ms: 5 },
		]);
		expect(routes.slowest.map(({ path }) => path)).toEqual(['/a/', '/b/']);
	});
});

describe('parseDuration', () => {
	it('reads every shape Astro prints', () => {
		expect(parseDuration('46ms')).toBe(46);
		expect(parseDuration('4.12s')).toBe(4120);
		expect(parseDuration('1m 5s')).toBe(65_000);
	});

	it('rejects a duration it does not know', () => {
		expect(() => parseDuration('1h')).toThrow(/Unrecognised duration "1h"/);
	});
});
