import type { Element, ElementContent } from 'hast';
import { htmlToHast, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { sourceLinesOf } from '@/markdown/source-lines';
import { HAS_MATH } from './frontmatter-flag';
import { describeFormulaError, FormulaError, renderFormula } from './math';

/**
 * Sätteri hast plugin for math: `$…$` inline and `$$…$$` display (Sätteri's `features.math`), and
 * ```` ```math ```` fences, become MathML at build time (see math.ts). A formula that does not
 * parse fails the build, naming the file and the line. Documents with math get `hasMath` in their
 * plugin frontmatter, where `render()` returns it as `remarkPluginFrontmatter.hasMath`.
 * A factory, as diagramsPlugin is, so that Stryker traces its fields to the tests that use it.
 */
export const mathPlugin: HastPluginEntry = () => ({
	// Stryker disable next-line StringLiteral: Sätteri names a plugin only in a warning about transforms, which this one never queues
	name: 'fieldnotes-math',
	options: { position: true },
	element: [
		{
			filter: ['pre'],
			visit(node, context) {
				const code = node.children.find(
					// Stryker disable next-line ConditionalExpression,LogicalOperator: a Markdown <pre> only holds its <code>
					(child): child is Element => child.type === 'element' && child.tagName === 'code'
				);
				if (!code || !hasClass(code, 'language-math')) return;
				return {
					type: 'element',
					tagName: 'div',
					properties: { className: ['math-display'] },
					children: mathElements(context.textContent(code), true, node, context),
				};
			},
		},
		{
			// Stryker disable next-line ArrayDeclaration: only inline math is a code element with the math-inline class
			filter: ['code'],
			visit(node, context) {
				if (!hasClass(node, 'math-inline')) return;
				const [math] = mathElements(context.textContent(node), false, node, context);
				return math;
			},
		},
	],
});

function hasClass(node: Element, name: string): boolean {
	const classes = node.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
}

/** The MathML of one formula as hast, or the build error that names where it is written. */
function mathElements(
	tex: string,
	display: boolean,
	node: Element,
	context: HastVisitorContext
): ElementContent[] {
	let failure: FormulaError;
	try {
		return mathHast(renderFormula(tex, { display }), context);
	} catch (error) {
		// Stryker disable next-line ConditionalExpression: renderFormula turns every failure into a FormulaError
		if (!(error instanceof FormulaError)) throw error;
		failure = error;
	}
	// Thrown outside the catch, so the build prints this message without a second stack.
	const lines = sourceLinesOf(context);
	// Stryker disable next-line OptionalChaining: the plugin asks for positions (options above)
	const nodeStart = node.position?.start.offset ?? 0;
	// The TeX is in the source as written (math has no escapes), from the node's start on; not
	// when a quote's `>` or a list's indent runs through a multi-line fence.
	const start = context.source.indexOf(tex, nodeStart);
	const line = lines.lineAt(start === -1 ? nodeStart : start + (failure.offset ?? 0));
	throw new Error(`${lines.file}:${line}: ${describeFormulaError(tex, display, failure)}`);
}

function mathHast(mathml: string, context: HastVisitorContext): ElementContent[] {
	const astro = context.data.astro;
	// Stryker disable next-line ConditionalExpression: Astro's renderer, the only one the plugin runs in, always gives its data
	if (astro) astro.frontmatter[HAS_MATH] = true;
	const fragment = htmlToHast(mathml, { fragment: true });
	// Stryker disable next-line ArrayDeclaration: a fragment always has children
	return 'children' in fragment ? (fragment.children as ElementContent[]) : [];
}
