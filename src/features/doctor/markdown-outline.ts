import { defineMdastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { parseAlertMarker } from '@/features/callouts/callouts';
import { MARKDOWN_FEATURES } from '@/markdown/features';
import { lineOfOffset } from '@/markdown/source-lines';

/** A heading of the body: its level (1–6), text and file line. */
export interface OutlineHeading {
	depth: number;
	text: string;
	line: number;
}

/** A Markdown image `![alt](url)`. */
export interface OutlineImage {
	url: string;
	alt: string;
	line: number;
}

/** A link target: `[text](url)`, a reference definition `[id]: url`, or a JSX `<a href="url">`. */
export interface OutlineLink {
	url: string;
	line: number;
	/** True for the `href` of a JSX `<a>`, false for Markdown links and definitions. */
	isJsx?: boolean;
}

/** Raw HTML written in Markdown, as one tag or block. */
export interface OutlineHtml {
	html: string;
	line: number;
}

/** A formula: `$…$`, `$$…$$` or a ```` ```math ```` block; `line` is its TeX's first line. */
export interface OutlineFormula {
	tex: string;
	display: boolean;
	line: number;
}

/** A ```` ```mermaid ```` block: its text, its fence meta, and the line of its opening fence. */
export interface OutlineDiagram {
	block: string;
	meta: string | undefined;
	line: number;
}

/** A GitHub-style alert, `> [!NOTE]`, by the kind written in its marker (lower case). */
export interface OutlineAlert {
	type: string;
	line: number;
}

/** A JSX element of MDX, with its literal attributes (an expression's value is undefined). */
export interface OutlineElement {
	name: string;
	attributes: { name: string; value: string | undefined }[];
	line: number;
}

/** What the doctor reads from a body: headings, images, links, raw HTML, formulas and diagrams, with file lines. */
export interface MarkdownOutline {
	headings: OutlineHeading[];
	images: OutlineImage[];
	links: OutlineLink[];
	formulas: OutlineFormula[];
	diagrams: OutlineDiagram[];
	rawHtml: OutlineHtml[];
	elements: OutlineElement[];
	alerts: OutlineAlert[];
	/** Set when the body does not parse (invalid MDX); the lists are then empty. */
	syntaxError?: { line: number; message: string };
}

interface Positioned {
	readonly position?: { readonly start: { readonly line: number } } | undefined;
}

/**
 * Reads the outline of a Markdown (`md`) or MDX (`mdx`) body with Sätteri, the engine the build
 * uses, so the doctor sees exactly the syntax tree the site is rendered from. Visitors only read
 * (the rendered output is discarded), and Sätteri calls them in document order, so every list is
 * in file order. `lineOffset` is the number of file lines above the body
 * (the frontmatter), which Sätteri never sees, as Astro passes it the body alone.
 */
export function outlineMarkdown(
	body: string,
	format: 'md' | 'mdx',
	lineOffset: number
): MarkdownOutline {
	const outline = emptyOutline();
	// Math has no escapes, so its TeX is in the body as written, from the node's start on.
	const texLine = (
		tex: string,
		node: {
			readonly position?: { readonly start: { readonly offset?: number | undefined } } | undefined;
		}
	) =>
		// Stryker disable next-line OptionalChaining: every node has a position (see below)
		lineOfOffset(body, Math.max(body.indexOf(tex, node.position?.start.offset ?? 0), 0)) +
		lineOffset;
	// `position: true` below makes Sätteri track positions (it skips them by default, for speed), so
	// every node has one; the fallback only satisfies the optional type.
	// Stryker disable next-line OptionalChaining: every node has a position, as said above
	const lineOf = (node: Positioned) => (node.position?.start.line ?? 1) + lineOffset;
	const plugin = defineMdastPlugin({
		name: 'fieldnotes-doctor-outline',
		options: { position: true },
		heading(node, context) {
			outline.headings.push({
				depth: node.depth,
				text: context.textContent(node),
				line: lineOf(node),
			});
		},
		image(node) {
			// Stryker disable next-line StringLiteral: Sätteri gives an image without alt text an empty alt, not null
			outline.images.push({ url: node.url, alt: node.alt ?? '', line: lineOf(node) });
		},
		link(node) {
			outline.links.push({ url: node.url, line: lineOf(node) });
		},
		definition(node) {
			outline.links.push({ url: node.url, line: lineOf(node) });
		},
		inlineMath(node) {
			outline.formulas.push({ tex: node.value, display: false, line: texLine(node.value, node) });
		},
		math(node) {
			outline.formulas.push({ tex: node.value, display: true, line: texLine(node.value, node) });
		},
		code(node) {
			if (node.lang === 'math') {
				outline.formulas.push({ tex: node.value, display: true, line: texLine(node.value, node) });
			} else if (node.lang === 'mermaid') {
				outline.diagrams.push({
					block: node.value,
					meta: node.meta ?? undefined,
					line: lineOf(node),
				});
			}
		},
		blockquote(node) {
			const [paragraph] = node.children;
			// Stryker disable next-line ArrayDeclaration: a stand-in child is no text node, so it is no marker either
			const [text] = paragraph?.type === 'paragraph' ? paragraph.children : [];
			const marker = text?.type === 'text' ? parseAlertMarker(text.value) : undefined;
			if (marker) outline.alerts.push({ type: marker.type, line: lineOf(node) });
		},
		html(node) {
			outline.rawHtml.push({ html: node.value, line: lineOf(node) });
		},
		mdxJsxFlowElement(node) {
			readElement(node, lineOf(node), outline);
		},
		mdxJsxTextElement(node) {
			readElement(node, lineOf(node), outline);
		},
	});
	try {
		const options = { mdastPlugins: [plugin], features: MARKDOWN_FEATURES };
		if (format === 'mdx') mdxToJs(body, options);
		else markdownToHtml(body, options);
	} catch (error) {
		return { ...emptyOutline(), syntaxError: describeSyntaxError(error, lineOffset) };
	}
	return outline;
}

/** An outline with nothing in it yet. */
function emptyOutline(): MarkdownOutline {
	return {
		headings: [],
		images: [],
		links: [],
		formulas: [],
		diagrams: [],
		rawHtml: [],
		elements: [],
		alerts: [],
	};
}

/**
 * Adds a JSX element, and the link of an `<a href>`, to the outline. Only literal attribute values
 * are known: `href={url}` cannot be checked.
 */
function readElement(
	node: {
		readonly name: string | null;
		readonly attributes: readonly {
			readonly type: string;
			readonly name?: string;
			readonly value?: unknown;
		}[];
	},
	line: number,
	outline: MarkdownOutline
): void {
	if (node.name === null) return;
	const attributes = node.attributes.flatMap(({ type, name, value }) =>
		// Stryker disable next-line ConditionalExpression,LogicalOperator: an mdxJsxAttribute always has a name; the test only narrows the type
		type === 'mdxJsxAttribute' && name !== undefined
			? [{ name, value: typeof value === 'string' ? value : undefined }]
			: []
	);
	outline.elements.push({ name: node.name, attributes, line });
	const href = attributes.find(({ name }) => name === 'href')?.value;
	if (node.name === 'a' && href !== undefined) outline.links.push({ url: href, line, isJsx: true });
}

/**
 * Where and what an MDX syntax error is, in file lines. Sätteri's MDX errors start with a body
 * position, `4:1: Expected a closing tag for <Callout> (2:1)`, and may cite another; both become
 * file lines. An error without a leading position points at the body's first line.
 */
export function describeSyntaxError(
	error: unknown,
	lineOffset: number
): { line: number; message: string } {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):\d+: ([\s\S]*)/.exec(text);
	const message = (match?.[2] ?? text).replace(
		/\((\d+):\d+\)/g,
		(_, line: string) => `(line ${Number(line) + lineOffset})`
	);
	return { line: match ? Number(match[1]) + lineOffset : lineOffset + 1, message };
}
