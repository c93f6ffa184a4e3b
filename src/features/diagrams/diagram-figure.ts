import type { Element } from 'hast';
import { renderDiagramSvg } from './diagram';
import { DiagramError, readDiagramSource } from './diagram-source';
import { diagramSvgElement } from './diagram-svg';

/** The class of the figure around every diagram; src/styles/global.css sizes it. */
export const DIAGRAM_CLASS = 'diagram';

/**
 * A ```` ```mermaid ```` block as the figure a page shows: the inline SVG drawing, named for
 * assistive technology, with a caption when the block has a title.
 *
 * The caption is the fence's `title="…"` (as code blocks have) or the `title:` of Mermaid's
 * frontmatter; the accessible name is Mermaid's `accTitle:`, else the caption. A diagram with
 * neither is refused: an unnamed image is lost on a screen reader.
 * @param options.title the fence's `title="…"`
 * @param options.idPrefix unique on the page, for the drawing's ids
 */
export function diagramFigure(
	block: string,
	{ title, idPrefix }: { title: string | undefined; idPrefix: string }
): Element {
	const source = readDiagramSource(block);
	const caption = title ?? source.title;
	const name = source.accessibleTitle ?? caption;
	if (name === undefined) {
		throw new DiagramError(
			'the diagram has no name for screen readers: give the fence a caption (```mermaid title="Webhook retries") or add an accTitle: line',
			0
		);
	}
	const svg = diagramSvgElement(renderDiagramSvg(source.lines), idPrefix);
	const captionId = `${idPrefix}-caption`;
	const descriptionId = `${idPrefix}-description`;
	svg.properties = {
		...svg.properties,
		role: 'img',
		...(source.accessibleTitle === undefined
			? { ariaLabelledBy: [captionId] }
			: { ariaLabel: source.accessibleTitle }),
		...(source.description !== undefined && { ariaDescribedBy: [descriptionId] }),
	};
	if (source.description !== undefined) {
		svg.children.unshift({
			type: 'element',
			tagName: 'desc',
			properties: { id: descriptionId },
			children: [{ type: 'text', value: source.description }],
		});
	}
	return {
		type: 'element',
		tagName: 'figure',
		properties: { className: [DIAGRAM_CLASS] },
		children: [
			svg,
			...(caption === undefined
				? []
				: [
						{
							type: 'element' as const,
							tagName: 'figcaption',
							properties: { id: captionId },
							children: [{ type: 'text' as const, value: caption }],
						},
					]),
		],
	};
}
