import type { HastPluginEntry } from 'satteri';

// Tailwind's utilities, written out so that Tailwind finds them in this file.
const ALIGNMENT_CLASSES: Readonly<Record<string, string>> = {
	left: 'text-left',
	center: 'text-center',
	right: 'text-right',
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
			const style = node.properties?.['style'];
			if (typeof style !== 'string') return;
			const alignment = /^\s*text-align:\s*(\w+)\s*;?\s*$/.exec(style)?.[1] ?? '';
			const className = ALIGNMENT_CLASSES[alignment];
			if (!className) return;
			context.setProperty(node, 'style', null);
			context.setProperty(node, 'className', [className]);
		},
	},
};
