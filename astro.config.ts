import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, sharpImageService } from 'astro/config';
import { astroCacheDirectory, contentDirectory } from './src/content-model/location';
import { readSitemapFacts, type SitemapFacts } from './src/content-model/entry-sources';
import { afterBuild } from './src/build/after-build';
import { contentCacheGuard } from './src/build/content-cache-guard';
import { previousOutputRemoval } from './src/build/previous-output';
import { feedEnclosureLengths } from './src/features/feeds/after-build';
import { linkCheck } from './src/features/link-check/after-build';
import { precompress } from './src/features/precompress/after-build';
import { searchIndex } from './src/features/search/after-build';
import { securityHeadersFile } from './src/features/security-headers/after-build';
import { securityHeaders } from './src/features/security-headers/integration';
import { socialCardFiles } from './src/features/social-cards/after-build';
import { socialCards } from './src/features/social-cards/integration';
import { previewUnpublished } from './src/features/unpublished-preview/integration';
import { buildLock } from './src/build/build-lock';
import { imageCacheCheck } from './src/build/image-cache';
import { SEARCH_PATH_POLICY } from './src/features/search/content-security-policy';
import { COMMENTS_PATH_POLICY } from './src/features/comments/comments';
import { devServer } from './src/features/dev-server/integration';
import { basePathPlugin } from './src/markdown/base-path';
import { calloutsPlugin } from './src/features/callouts/plugin';
import {
	CODE_BLOCK_TRANSFORMERS,
	CODE_THEMES,
	CODE_TOKEN_STYLESHEET,
} from './src/features/code-blocks/transformers';
import { tokenStylesheetPlugin } from './src/features/code-blocks/token-classes';
import { fullSizeImagesPlugin } from './src/features/full-size-images/plugin';
import { headingAnchorsPlugin } from './src/features/headings/anchors-plugin';
import { readingTimePlugin } from './src/features/reading-time/plugin';
import { mathPlugin } from './src/features/math/plugin';
import { diagramsPlugin } from './src/features/diagrams/plugin';
import { MARKDOWN_FEATURES } from './src/markdown/features';
import { scrollableTablesPlugin } from './src/markdown/scrollable-tables';
import { tableAlignmentPlugin } from './src/markdown/table-alignment';
import { basePathOf, withoutBase } from './src/lib/paths';
import { THEME_SNIPPET } from './src/features/theme-toggle/theme-snippet';
import { getAnalyticsSources } from './src/features/analytics/analytics';
import { siteConfig } from './src/site.config';
import { fonts } from './src/theme';

const base = basePathOf(siteConfig.url);
const analyticsSources = getAnalyticsSources(siteConfig.analytics);
let sitemapFacts: { facts: Map<string, SitemapFacts>; redirectPaths: Set<string> } | undefined;
/** The dates and aliases of every entry page, read when the sitemap is written: `astro dev` never needs them. */
function getSitemapFacts() {
	if (!sitemapFacts) {
		const facts = readSitemapFacts(contentDirectory, siteConfig.timeZone);
		sitemapFacts = {
			facts,
			redirectPaths: new Set([...facts.values()].flatMap(({ aliases }) => aliases)),
		};
	}
	return sitemapFacts;
}
/** The site path of a page URL the sitemap lists. */
const sitePathOf = (url: string) => withoutBase(new URL(url).pathname, base) ?? '';

export default defineConfig({
	site: siteConfig.url,
	base,
	cacheDir: `./${astroCacheDirectory(contentDirectory, base)}`,
	trailingSlash: 'always',
	experimental: {
		// An unchanged article page is copied from the last build instead of rendered again; its
		// cache key (src/catalogue/page-cache-keys.ts) names every content fact the page shows.
		incrementalBuild: true,
	},
	build: { format: 'directory' },
	image: {
		// Markdown images get a srcset and sizes, like the <Picture> covers.
		layout: 'constrained',
		responsiveStyles: false,
		// AVIF at effort 2 instead of sharp's 4: measured on the example's images, the six widths of
		// a cover take 1.2-1.3 CPU-s instead of 7.9-9.1 s, for files 3-13 % larger, still about
		// half the WebP's size (docs/build-performance.md).
		service: sharpImageService({ avif: { effort: 2 } }),
	},
	integrations: [
		// Before any integration touches the output or the cache: one build at a time, and one
		// that can write.
		buildLock(),
		// Next, so the last build's output is deleted in the background from the start.
		previousOutputRemoval(),
		// Before Astro reuses its image cache: deletes entries a full disk left damaged.
		imageCacheCheck(),
		// Any change to the code clears Astro's content store, which does not track imported modules.
		contentCacheGuard(),
		previewUnpublished(),
		devServer(),
		socialCards(),
		mdx(),
		sitemap({
			// Redirect pages of renamed articles and the search page are not pages crawlers should index.
			filter: (page) =>
				!getSitemapFacts().redirectPaths.has(sitePathOf(page)) && sitePathOf(page) !== '/search/',
			serialize(item) {
				const lastmod = getSitemapFacts().facts.get(sitePathOf(item.url))?.lastModified;
				return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
			},
		}),
		securityHeaders({
			inlineScripts: [THEME_SNIPPET],
			formActions: siteConfig.newsletter ? [new URL(siteConfig.newsletter.action).origin] : [],
			scriptOrigins: analyticsSources.script,
			connectOrigins: analyticsSources.connect,
		}),
		// After the sitemap is written: one pass over the output, each file read once. The steps run
		// in this order wherever order matters (see src/build/after-build.ts).
		afterBuild([
			socialCardFiles(),
			// Rewrites the feeds before any other step reads them.
			feedEnclosureLengths(),
			securityHeadersFile([
				SEARCH_PATH_POLICY,
				...(siteConfig.comments ? [COMMENTS_PATH_POLICY] : []),
			]),
			searchIndex(),
			// After the steps that write files, so it checks links to them too.
			linkCheck({ contentDirectory }),
			// Last, so it also compresses what the steps before it wrote.
			precompress(),
		]),
	],
	markdown: {
		processor: satteri({
			hastPlugins: [
				calloutsPlugin,
				scrollableTablesPlugin,
				// Before reading time, so formulas and diagram labels count as reading.
				mathPlugin,
				diagramsPlugin,
				tableAlignmentPlugin,
				fullSizeImagesPlugin,
				readingTimePlugin,
				// After reading time, so "Section titled …" is not counted as words.
				headingAnchorsPlugin,
				...(base === '/' ? [] : [basePathPlugin(base)]),
			],
			features: MARKDOWN_FEATURES,
		}),
		// Shiki highlights code blocks before the plugins above run: Mermaid blocks stay plain for
		// the diagrams plugin (math is excluded by Astro's default).
		syntaxHighlight: { type: 'shiki', excludeLangs: ['math', 'mermaid'] },
		shikiConfig: {
			// GitHub's "default" themes, the light one with darker comments: every token of the
			// example and fixture code has at least 4.5:1 contrast (WCAG AA), also on highlighted
			// and diff lines; the older github-light/dark fall to 3.0:1.
			themes: CODE_THEMES,
			// Both themes become CSS variables; global.css picks one by [data-theme].
			defaultColor: false,
			transformers: CODE_BLOCK_TRANSFORMERS,
		},
	},
	vite: {
		plugins: [tailwindcss(), tokenStylesheetPlugin(CODE_TOKEN_STYLESHEET)],
		resolve: {
			// BaseLayout preloads the body font by this name: the file src/theme.ts names.
			alias: [
				{
					find: /^@theme-fonts\/sans(?=\?url$)/,
					replacement: `${fonts.sans.package}/files/${fonts.sans.file}`,
				},
			],
		},
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Vite 8 warns once per MDX file about the "use strict"-style directive the MDX
					// compiler emits; it is harmless and drowns real warnings.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});
