import type { SatteriFeatures } from '@astrojs/markdown-satteri';

/**
 * The Markdown syntax the site reads, for Sätteri (`markdown.processor` in astro.config.ts) and
 * the doctor alike, so both parse every file the same way.
 */
export const MARKDOWN_FEATURES = {
	// The back-link to each footnote reference: "↩" with the text-style selector, which keeps
	// iOS from drawing it as an emoji. Its accessible name starts with what it shows (WCAG 2.5.3,
	// label in name), so a speech user can say it.
	gfm: {
		footnotes: {
			backContent: '↩\uFE0E',
			backLabel: '↩\uFE0E Back to reference {reference}',
		},
	},
	// `$…$` and `$$…$$`, as on GitHub and in remark-math; src/features/math/ renders them.
	math: true,
} as const satisfies SatteriFeatures;
