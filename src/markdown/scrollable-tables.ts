import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin that makes Markdown tables focusable. A table wider than a phone scrolls
 * sideways inside itself (src/styles/global.css); `tabindex="0"` lets keyboard users scroll it,
 * as Shiki does for code blocks (axe's scrollable-region-focusable rule).
 * A factory, as diagramsPlugin is, so that Stryker traces its fields to the tests that use it.
 */
export const scrollableTablesPlugin: HastPluginEntry = () => ({
	// Stryker disable next-line StringLiteral: Sätteri names a plugin only in a warning about transforms, which this one never queues
	name: 'fieldnotes-scrollable-tables',
	element: {
		filter: ['table'],
		visit(node, context) {
			context.setProperty(node, 'tabIndex', 0);
		},
	},
});
