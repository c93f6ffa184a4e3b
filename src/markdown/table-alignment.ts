import type { HastPluginEntry } from 'satteri';

// Tailwind's utilities, written out so that Tailwind finds them in this file, by the style
// Sätteri writes on the cells of an aligned column.
const ALIGNMENT_CLASSES: Readonly<Record<string, string>> = {
	'text-align: left': 'text-left',
	'text-align: center': 'text-center',
	'text-align: right': 'text-right',
};

/**
 * Sätteri hast plugin that gives aligned table cells (`| --: |`) a class instead of the
 * `style="text-align: right"` Sätteri writes, which the Content-Security-Policy forbids.
 */
export const tableAlignmentPlugin: HastPluginEntry = {
	name: 'fieldnotes-table-alignment',
	element: {
		filter: ['th', 'td'],
		visit(node, context) {
			const className = ALIGNMENT_CLASSES[String(node.properties['style'])];
			if (className === undefined) return;
			context.setProperty(node, 'style', null);
			context.setProperty(node, 'className', [className]);
		},
	},
};
