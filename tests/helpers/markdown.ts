import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginList } from 'satteri';
import { CODE_BLOCK_TRANSFORMERS, CODE_THEMES } from '@/features/code-blocks/transformers';

/** What Astro's Markdown renderer gives a page: the HTML, the headings and the frontmatter. */
export interface RenderedMarkdown {
	html: string;
	headings: { depth: number; slug: string; text: string }[];
	frontmatter: Record<string, unknown>;
}

/** How to render: with the site's code highlighting, footnote back-links, a source file. */
export interface RenderOptions {
	/** Highlight code with the site's Shiki themes and transformers, which run before any plugin. */
	highlight?: boolean;
	/** The text of each footnote's back-link, as `features.gfm.footnotes.backContent`. */
	footnoteBackContent?: string;
	/** The file being rendered, for the plugins' error messages. */
	fileURL?: URL;
}

/**
 * Renders Markdown through the renderer Astro builds for `markdown.processor: satteri(…)`, with
 * only the given hast plugins: one plugin is tested on its own, on the trees Sätteri really makes.
 */
export async function renderMarkdown(
	markdown: string,
	hastPlugins: HastPluginList,
	{ highlight = false, footnoteBackContent, fileURL }: RenderOptions = {}
): Promise<RenderedMarkdown> {
	const processor = await createSatteriMarkdownProcessor({
		syntaxHighlight: highlight ? 'shiki' : false,
		shikiConfig: {
			themes: CODE_THEMES,
			defaultColor: false,
			transformers: CODE_BLOCK_TRANSFORMERS,
		},
		hastPlugins,
		...(footnoteBackContent && {
			features: { gfm: { footnotes: { backContent: footnoteBackContent } } },
		}),
	});
	const { code, metadata } = await processor.render(markdown, { frontmatter: {}, fileURL });
	return { html: code, headings: metadata.headings, frontmatter: metadata.frontmatter };
}
