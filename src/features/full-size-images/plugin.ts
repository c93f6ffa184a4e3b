import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin that puts a link around every image of an article (Markdown and MDX
 * alike), so a diagram too small to read on a phone opens full size on its own, zoomable, with no
 * script. The image's final URL is only known once astro:assets has processed it, after this
 * plugin: the link gets its `href` from linkImagesToFullSize (./links.ts) when the page or the
 * feed is rendered. An image that already is a link keeps its link.
 * A factory, as diagramsPlugin is, so that Stryker traces its fields to the tests that use it.
 */
export const fullSizeImagesPlugin: HastPluginEntry = () => ({
	// Stryker disable next-line StringLiteral: Sätteri names a plugin only in a warning about transforms, which this one never queues
	name: 'fieldnotes-full-size-images',
	// The marker is FULL_SIZE_ATTRIBUTE of ./links.ts, `data-full-size`.
	element: {
		filter: ['img'],
		visit(node, context) {
			// Its paragraph or link, or the root, which has no tagName.
			const parent = context.parent(node) as Element | undefined;
			// Stryker disable next-line OptionalChaining: an image always has a parent, its paragraph or the root
			if (parent?.tagName === 'a') return;
			context.wrapNode(node, {
				type: 'element',
				tagName: 'a',
				properties: { className: ['image-link'], dataFullSize: '' },
				children: [
					{
						type: 'element',
						tagName: 'span',
						// Said after the image's alt text, which names the link; not part of the text search indexes.
						properties: { className: ['sr-only'], dataPagefindIgnore: '' },
						children: [
							{
								type: 'text',
								value: node.properties['alt'] ? ' (full size)' : 'The image, full size',
							},
						],
					},
				],
			});
		},
	},
});
