import type { HastPluginEntry } from 'satteri';
import { getReadingTime } from './reading-time';

/**
 * Sätteri hast plugin that stores the reading time of each Markdown/MDX document in its frontmatter,
 * where `render()` returns it as `remarkPluginFrontmatter.readingTime`. It reads the rendered tree,
 * so Markdown syntax, URLs and MDX imports are not counted as words; code blocks are timed per line.
 */
export const readingTimePlugin: HastPluginEntry = () => {
	const codeBlocks: string[] = [];
	return {
		name: 'fieldnotes-reading-time',
		element: {
			filter: ['pre'],
			visit(node, context) {
				codeBlocks.push(context.textContent(node));
			},
		},
		after(root, context) {
			let prose = context.textContent(root);
			for (const code of codeBlocks) prose = prose.replace(code, '\n');
			const astro = context.data.astro;
			if (astro) {
				astro.frontmatter['readingTime'] = getReadingTime({ prose, code: codeBlocks.join('\n') });
			}
		},
	};
};
