import type { Element, ElementContent } from 'hast';
import { htmlToHast } from 'satteri';
import { DiagramError } from './diagram-source';

/**
 * beautiful-mermaid colours a drawing with CSS variables that its own `<style>` derives from two
 * colours. That `<style>` (which also imports a font from Google) is dropped, and each variable
 * becomes a colour token of the site (src/styles/global.css), so the diagram follows the light
 * and dark themes. The fallbacks draw it in the reader's colours where the tokens do not exist:
 * in a feed reader.
 */
const SITE_COLOURS: Readonly<Record<string, string>> = {
	'--bg': 'var(--color-surface, Canvas)',
	'--fg': 'var(--color-ink, currentColor)',
	'--_text': 'var(--color-ink, currentColor)',
	'--_text-sec': 'var(--color-muted, currentColor)',
	'--_text-muted': 'var(--color-muted, currentColor)',
	'--_text-faint': 'var(--color-muted, currentColor)',
	'--_line': 'var(--color-muted, currentColor)',
	'--_arrow': 'var(--color-ink, currentColor)',
	'--_node-fill': 'var(--color-surface-raised, Canvas)',
	'--_node-stroke': 'var(--color-muted, currentColor)',
	'--_group-fill': 'var(--color-surface, Canvas)',
	'--_group-hdr': 'var(--color-code-bg, Canvas)',
	'--_inner-stroke': 'var(--color-border, currentColor)',
	'--_key-badge': 'var(--color-code-bg, Canvas)',
};

/** The SVG elements a drawing may hold; anything else is refused rather than published. */
const SVG_ELEMENTS = new Set([
	'svg',
	'defs',
	'marker',
	'g',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'path',
	'text',
	'tspan',
]);

const TEXT_ELEMENTS = new Set(['text', 'tspan']);

/**
 * The drawing beautiful-mermaid wrote, as hast ready to go into a page: the site's colours, ids
 * prefixed with `idPrefix` (its arrowhead markers all have the same ids, which two diagrams on a
 * page would share), coordinates rounded to hundredths, and no `<style>`, `style` attributes or
 * `data-*` attributes. Labels stay text nodes, which the page's serializer escapes; elements
 * outside SVG_ELEMENTS and event-handler attributes make it throw. A colour variable with no
 * site colour, which an author can write (`style A fill:var(--accent)`), is a DiagramError.
 */
export function diagramSvgElement(svg: string, idPrefix: string): Element {
	const fragment = htmlToHast(svg, { fragment: true });
	const root =
		'children' in fragment
			? fragment.children.find((child) => (child as Partial<Element>).tagName === 'svg')
			: undefined;
	if (root?.type !== 'element') throw new Error('The diagram renderer wrote no <svg> element.');
	return cleanElement(root, idPrefix);
}

function cleanElement(element: Element, idPrefix: string): Element {
	if (!SVG_ELEMENTS.has(element.tagName)) {
		throw new Error(
			`The diagram renderer wrote a <${element.tagName}> element, which is not allowed.`
		);
	}
	const properties: Element['properties'] = {};
	for (const [key, value] of Object.entries(element.properties)) {
		if (/^on/i.test(key)) {
			throw new Error(
				`The diagram renderer wrote an event handler (${key}), which is not allowed.`
			);
		}
		// HTML needs no SVG namespace declaration; the rest only served beautiful-mermaid's <style>.
		if (/^(style|className|:?xmlns.*|data[A-Z].*)$/.test(key)) continue;
		properties[key] = key === 'id' ? `${idPrefix}-${String(value)}` : cleanValue(value, idPrefix);
	}
	const children: ElementContent[] = [];
	for (const child of element.children) {
		if (child.type === 'element' && child.tagName !== 'style') {
			children.push(cleanElement(child, idPrefix));
		} else if (child.type === 'text' && TEXT_ELEMENTS.has(element.tagName)) {
			// Only labels hold text; the line breaks between other elements are only bytes.
			children.push(child);
		}
	}
	return { type: 'element', tagName: element.tagName, properties, children };
}

function cleanValue(
	value: Element['properties'][string],
	idPrefix: string
): Element['properties'][string] {
	// A list (stroke-dasharray) has no colour, id or long number to change.
	if (typeof value !== 'string') return value;
	return value
		.replace(/var\((--[\w-]+)\)/g, (written, name: string) => {
			const colour = SITE_COLOURS[name];
			if (!colour) {
				throw new DiagramError(
					`the diagram uses the colour ${written}, which the site's themes do not define: write a colour such as #d33, or leave the colours to the themes`,
					0
				);
			}
			return colour;
		})
		.replace(/url\(#([\w-]+)\)/g, (_written, id: string) => `url(#${idPrefix}-${id})`)
		.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}
