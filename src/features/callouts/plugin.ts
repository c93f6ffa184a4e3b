import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type {
	HastPluginEntry,
	HastVisitorContext,
	MdxJsxFlowElementHast,
	MdxJsxTextElementHast,
} from 'satteri';
import {
	calloutClasses,
	calloutTitle,
	isCalloutType,
	parseAlertMarker,
	unknownCalloutTypeError,
	type CalloutType,
} from './callouts';

/**
 * A callout as hast: the markup src/features/callouts/Callout.astro renders too. `role="note"` names
 * it for assistive technology without adding a landmark, and the title line says its kind in words.
 */
function calloutElement(
	type: CalloutType,
	title: string | undefined,
	body: ElementContent[]
): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: calloutClasses(type), role: 'note' },
		children: [
			{
				type: 'element',
				tagName: 'p',
				properties: { className: ['callout-title'] },
				children: [{ type: 'text', value: calloutTitle(type, title) }],
			},
			...body,
		],
	};
}

/** The source file of the document, relative to the project, for error messages. */
function sourceFile(context: HastVisitorContext): string {
	return context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'Markdown';
}

/**
 * The blockquote's body with the alert marker line taken out of its first paragraph, dropping that
 * paragraph when nothing else was on it.
 */
function withoutMarker(
	quote: Readonly<Element>,
	paragraph: Element,
	rest: string
): ElementContent[] {
	const remaining: ElementContent[] = paragraph.children.slice(1);
	if (rest !== '') remaining.unshift({ type: 'text', value: rest });
	// A marker line ending in a hard break (two trailing spaces) leaves a <br> first.
	if (remaining[0]?.type === 'element' && remaining[0].tagName === 'br') remaining.shift();
	return quote.children.flatMap((child) =>
		child !== paragraph
			? [child]
			: remaining.length === 0
				? []
				: [{ ...paragraph, children: remaining }]
	);
}

/** Checks `<Callout type="…">` in MDX at compile time, when the file is still known. */
function checkCalloutComponent(
	node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>,
	context: HastVisitorContext
): void {
	const attribute = node.attributes.find(
		// Only a plain attribute has a name: `{...props}` has none, so the type check only narrows.
		// Stryker disable next-line ConditionalExpression: equivalent, see above
		(candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'type'
	);
	const value = attribute?.value;
	if (typeof value !== 'string') {
		throw unknownCalloutTypeError(sourceFile(context), undefined, 'component');
	}
	if (!isCalloutType(value)) throw unknownCalloutTypeError(sourceFile(context), value, 'component');
}

/**
 * Sätteri hast plugin for callouts. Turns GitHub-style alerts in Markdown and MDX
 * (`> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`, with an optional title after the marker) into the
 * callout markup, and fails the build on an unknown kind, in an alert or in `<Callout type>`.
 */
export const calloutsPlugin: HastPluginEntry = {
	name: 'fieldnotes-callouts',
	element: {
		filter: ['blockquote'],
		visit(node, context) {
			const paragraph = node.children.find((child) => child.type === 'element');
			if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return;
			const first = paragraph.children[0];
			// A paragraph always has a first child, and parseAlertMarker finds nothing in the
			// `undefined` of an element's value: the checks only narrow the types.
			// Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, see above
			const marker = first?.type === 'text' ? parseAlertMarker(first.value) : undefined;
			if (!marker) return;
			if (!isCalloutType(marker.type)) {
				// Stryker disable next-line StringLiteral: any syntax other than 'component' is an alert
				throw unknownCalloutTypeError(sourceFile(context), marker.type, 'alert');
			}
			return calloutElement(marker.type, marker.title, withoutMarker(node, paragraph, marker.rest));
		},
	},
	mdxJsxFlowElement: { filter: ['Callout'], visit: checkCalloutComponent },
	mdxJsxTextElement: { filter: ['Callout'], visit: checkCalloutComponent },
};
