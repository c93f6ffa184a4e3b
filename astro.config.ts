import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { astroCacheDirectory, contentDirectory } from './src/content-model/location';
import { readSitemapFacts } from './src/content-model/entry-sources';
import { contentCacheGuard } from './src/build/content-cache-guard';
import { feedEnclosures } from './src/features/feeds/enclosures-integration';
import { securityHeaders } from './src/features/security-headers/integration';
import { socialCards } from './src/features/social-cards/integration';
import { linkChecker } from './src/features/link-check/integration';
import { precompress } from './src/features/precompress/integration';
import { previewUnpublished } from './src/features/unpublished-preview/integration';
import { previousOutputRemoval } from './src/build/previous-output';
import { searchIndex } from './src/features/search/integration';
import { basePathPlugin } from './src/markdown/base-path';
import { calloutsPlugin } from './src/features/callouts/plugin';
import { CODE_BLOCK_TRANSFORMERS, CODE_THEMES } from './src/features/code-blocks/transformers';
import { fullSizeImagesPlugin } from './src/features/full-size-images/plugin';
import { headingAnchorsPlugin } from './src/features/headings/anchors-plugin';
import { readingTimePlugin } from './src/features/reading-time/plugin';
import { scrollableTablesPlugin } from './src/markdown/scrollable-tables';
import { basePathOf, withoutBase } from './src/lib/paths';
import { THEME_SNIPPET } from './src/features/theme-toggle/theme-snippet';
import { siteConfig } from './src/site.config';
import { fonts } from './src/theme';

const base = basePathOf(siteConfig.url);
const sitemapFacts = readSitemapFacts(`${contentDirectory}/blog`, siteConfig.timeZone);
const redirectPaths = new Set([...sitemapFacts.values()].flatMap(({ aliases }) => aliases));
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
	// Markdown images get a srcset and sizes, like the <Picture> covers.
	image: { layout: 'constrained', responsiveStyles: false },
	integrations: [
		// First, so the last build's output is deleted in the background from the start.
		previousOutputRemoval(),
		// The modules content.config.ts and the Markdown processor import: what shapes cached entries.
		contentCacheGuard([
			'src/schemas',
			'src/loaders',
			'src/markdown',
			'src/features/callouts/callouts.ts',
			'src/features/full-size-images/plugin.ts',
			'src/features/code-blocks/code-block-meta.ts',
			'src/lib/format-date.ts',
			'src/features/headings/heading-anchors.ts',
			'src/features/reading-time/reading-time.ts',
			'src/features/headings/table-of-contents.ts',
			'src/site.config.ts',
		]),
		previewUnpublished(),
		socialCards(),
		mdx(),
		sitemap({
			// Redirect pages of renamed articles and the search page are not pages crawlers should index.
			filter: (page) => !redirectPaths.has(sitePathOf(page)) && sitePathOf(page) !== '/search/',
			serialize(item) {
				const lastmod = sitemapFacts.get(sitePathOf(item.url))?.lastModified;
				return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
			},
		}),
		securityHeaders({
			inlineScripts: [THEME_SNIPPET],
			formActions: siteConfig.newsletter ? [new URL(siteConfig.newsletter.action).origin] : [],
		}),
		// Before precompress, so the .gz/.br copies of the feeds carry the lengths.
		feedEnclosures(),
		// After the pages are final (the security headers read them) and before the link checker.
		searchIndex(),
		// Last, so it also checks what the integrations before it wrote.
		linkChecker({ contentDirectory }),
		// After the link checker, so it never sees (or checks links to) the .gz/.br copies.
		precompress(),
	],
	markdown: {
		processor: satteri({
			hastPlugins: [
				calloutsPlugin,
				scrollableTablesPlugin,
				fullSizeImagesPlugin,
				readingTimePlugin,
				// After reading time, so "Section titled …" is not counted as words.
				headingAnchorsPlugin,
				...(base === '/' ? [] : [basePathPlugin(base)]),
			],
			features: {
				// The back-link to each footnote reference: "↩" with the text-style selector, which
				// keeps iOS from drawing it as an emoji. Its accessible name starts with what it shows
				// (WCAG 2.5.3, label in name), so a speech user can say it.
				gfm: {
					footnotes: {
						backContent: '↩\uFE0E',
						backLabel: '↩\uFE0E Back to reference {reference}',
					},
				},
			},
		}),
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
		plugins: [tailwindcss()],
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
