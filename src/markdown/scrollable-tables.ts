import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin that makes Markdown tables focusable. A table wider than a phone scrolls
 * sideways inside itself (src/styles/global.css); `tabindex="0"` lets keyboard users scroll it,
 * as Shiki does for code blocks (axe's scrollable-region-focusable rule).
 */
export const scrollableTablesPlugin: HastPluginEntry = {
	name: 'fieldnotes-scrollable-tables',
	element: {
		filter: ['table'],
		visit(node, context) {
			context.setProperty(node, 'tabIndex', 0);
		},
	},
};
