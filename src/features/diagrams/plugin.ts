import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { parseCodeTitle } from '@/features/code-blocks/code-block-meta';
import { sourceLinesOf } from '@/markdown/source-lines';
import { diagramFigure } from './diagram-figure';
import { DiagramError } from './diagram-source';

/**
 * Sätteri hast plugin that turns each ```` ```mermaid ```` block into an inline SVG figure at
 * build time (see diagram-figure.ts). An invalid diagram fails the build, naming the file and the
 * line. Shiki must leave these blocks alone (`excludeLangs` in astro.config.ts), as its
 * highlighter runs before the site's plugins.
 */
export const diagramsPlugin: HastPluginEntry = () => {
	let count = 0;
	return {
		// Stryker disable next-line StringLiteral: Sätteri names a plugin only in a warning about transforms, which this one never queues
		name: 'fieldnotes-diagrams',
		options: { position: true },
		element: {
			// Stryker disable next-line ArrayDeclaration: only a fence's <pre> holds a <code> with a language class
			filter: ['pre'],
			visit(node, context) {
				const code = node.children.find(
					// Stryker disable next-line ConditionalExpression,LogicalOperator: a Markdown <pre> only holds its <code>
					(child): child is Element => child.type === 'element' && child.tagName === 'code'
				);
				// Stryker disable next-line OptionalChaining: a Markdown <pre> only holds its <code>
				const classes = code?.properties['className'];
				if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
				count++;
				// Stryker disable next-line OptionalChaining: Sätteri gives every fenced <code> its data
				const meta = (code.data as { meta?: string | null } | undefined)?.meta ?? undefined;
				let failure: DiagramError;
				try {
					return diagramFigure(context.textContent(code), {
						title: parseCodeTitle(meta),
						idPrefix: `diagram-${count}`,
					});
				} catch (error) {
					// Stryker disable next-line ConditionalExpression: only a bug of the renderer throws another error
					if (!(error instanceof DiagramError)) throw error;
					failure = error;
				}
				// Thrown outside the catch, so the build prints this message without a second stack.
				const lines = sourceLinesOf(context);
				// Line 1 of the block is the one after the opening fence.
				// Stryker disable next-line OptionalChaining: the plugin asks for positions (options above)
				const line = lines.lineAt(node.position?.start.offset ?? 0) + failure.line;
				throw new Error(`${lines.file}:${line}: ${failure.message}.`);
			},
		},
	};
};
