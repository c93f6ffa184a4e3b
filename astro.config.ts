import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readArticleLastModified } from './src/integrations/article-dates';
import { previewUnpublished } from './src/integrations/preview-unpublished';
import { readingTimePlugin } from './src/markdown/reading-time';
import { siteConfig } from './src/site.config';

const contentDirectory = process.env['FIELDNOTES_CONTENT_DIR'] ?? './content';
const cacheDirectory = process.env['FIELDNOTES_CONTENT_DIR']
	? `./node_modules/.astro/${contentDirectory.replace(/[^a-z0-9]+/gi, '-')}`
	: undefined;
const articleLastModified = readArticleLastModified(`${contentDirectory}/blog`);

export default defineConfig({
	site: siteConfig.url,
	...(cacheDirectory && { cacheDir: cacheDirectory }),
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		previewUnpublished(),
		mdx(),
		sitemap({
			serialize(item) {
				const lastmod = articleLastModified.get(new URL(item.url).pathname);
				return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
			},
		}),
	],
	markdown: {
		processor: satteri({ hastPlugins: [readingTimePlugin] }),
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			// Both themes become CSS variables; global.css picks one by [data-theme].
			defaultColor: false,
		},
	},
	vite: {
		plugins: [tailwindcss()],
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
