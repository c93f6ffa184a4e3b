import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { HEADING_ANCHOR_CLASS, HEADING_WRAPPER_CLASS, headingAnchorLabel } from './heading-anchors';
import { FOOTNOTES_HEADING_ID } from './table-of-contents';

/**
 * Sätteri hast plugin that follows each h2–h4 with a link to its own `#id`, shown on hover and
 * keyboard focus (Starlight's pattern): `<div class="heading-wrapper"><h2 id>…</h2><a
 * class="heading-anchor" href="#id">…</a></div>`. The link is the heading's sibling, so the
 * heading's text, and with it Astro's `headings` and the table of contents, stays as written.
 *
 * Astro gives headings their ids after every user plugin, so Astro's own heading-ids plugin runs
 * first here: the ids are Astro's (repeated text gets "-1"), and Astro keeps them when it runs.
 */
export const headingAnchorsPlugin: HastPluginEntry = [
	satteriHeadingIdsPlugin(),
	{
		name: 'fieldnotes-heading-anchors',
		element: {
			filter: ['h2', 'h3', 'h4'],
			visit(node, context) {
				const id = node.properties['id'];
				if (typeof id !== 'string' || id === FOOTNOTES_HEADING_ID) return;
				context.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: { className: [HEADING_WRAPPER_CLASS] },
					children: [
						{
							type: 'element',
							tagName: 'a',
							properties: {
								className: [HEADING_ANCHOR_CLASS],
								href: `#${id}`,
								// Search results should show the heading, not "Section titled …".
								dataPagefindIgnore: '',
							},
							children: [
								{
									type: 'element',
									tagName: 'span',
									properties: { ariaHidden: 'true' },
									children: [{ type: 'text', value: '#' }],
								},
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sr-only'] },
									children: [
										{ type: 'text', value: headingAnchorLabel(context.textContent(node)) },
									],
								},
							],
						},
					],
				});
			},
		},
	},
];
