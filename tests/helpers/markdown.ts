import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginList } from 'satteri';
import { MARKDOWN_FEATURES } from '@/markdown/features';

/** What Astro's Markdown renderer gives a page: the HTML, the headings and the frontmatter. */
export interface RenderedMarkdown {
	html: string;
	headings: { depth: number; slug: string; text: string }[];
	frontmatter: Record<string, unknown>;
}

/**
 * Renders Markdown through the renderer Astro builds for `markdown.processor: satteri(…)`, with
 * only the given hast plugins: one plugin is tested on its own, on the trees Sätteri really makes.
 * Code is not highlighted (tests/unit/code-blocks.test.ts renders with Shiki): the plugins see a
 * code block as a `<pre>` either way.
 * @param fileURL the file being rendered, which the plugins name in their errors
 * @param siteSyntax read the syntax the site reads (MARKDOWN_FEATURES: `$…$` math, footnote labels)
 */
export async function renderMarkdown(
	markdown: string,
	hastPlugins: HastPluginList,
	{ fileURL, siteSyntax = false }: { fileURL?: URL; siteSyntax?: boolean } = {}
): Promise<RenderedMarkdown> {
	const processor = await createSatteriMarkdownProcessor({
		syntaxHighlight: false,
		hastPlugins,
		...(siteSyntax ? { features: MARKDOWN_FEATURES } : {}),
	});
	const { code, metadata } = await processor.render(markdown, {
		frontmatter: {},
		...(fileURL ? { fileURL } : {}),
	});
	return { html: code, headings: metadata.headings, frontmatter: metadata.frontmatter };
}
