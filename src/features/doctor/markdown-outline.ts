import { defineMdastPlugin, markdownToHtml, mdxToJs } from 'satteri';

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
}

/** What the doctor reads from a body: headings, images and links, with file lines. */
export interface MarkdownOutline {
	headings: OutlineHeading[];
	images: OutlineImage[];
	links: OutlineLink[];
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
	const outline: MarkdownOutline = { headings: [], images: [], links: [] };
	// `position: true` below makes Sätteri track positions (it skips them by default, for speed), so
	// every node has one; the fallback only satisfies the optional type.
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
			outline.images.push({ url: node.url, alt: node.alt ?? '', line: lineOf(node) });
		},
		link(node) {
			outline.links.push({ url: node.url, line: lineOf(node) });
		},
		definition(node) {
			outline.links.push({ url: node.url, line: lineOf(node) });
		},
		mdxJsxFlowElement(node) {
			const href = readHref(node);
			if (href !== undefined) outline.links.push({ url: href, line: lineOf(node) });
		},
		mdxJsxTextElement(node) {
			const href = readHref(node);
			if (href !== undefined) outline.links.push({ url: href, line: lineOf(node) });
		},
	});
	try {
		if (format === 'mdx') mdxToJs(body, { mdastPlugins: [plugin] });
		else markdownToHtml(body, { mdastPlugins: [plugin] });
	} catch (error) {
		return {
			headings: [],
			images: [],
			links: [],
			syntaxError: describeSyntaxError(error, lineOffset),
		};
	}
	return outline;
}

/** The literal `href` of a JSX `<a>`; expressions such as `href={url}` cannot be checked. */
function readHref(node: {
	readonly name: string | null;
	readonly attributes: readonly {
		readonly type: string;
		readonly name?: string;
		readonly value?: unknown;
	}[];
}): string | undefined {
	if (node.name !== 'a') return undefined;
	const href = node.attributes.find(
		(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href'
	);
	return typeof href?.value === 'string' ? href.value : undefined;
}

/**
 * Sätteri's MDX errors start with a body position, `4:1: Expected a closing tag for <Callout> (2:1)`,
 * and may cite another; both become file lines.
 */
function describeSyntaxError(
	error: unknown,
	lineOffset: number
): { line: number; message: string } {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):\d+: ([\s\S]*)$/.exec(text);
	const message = (match?.[2] ?? text).replace(
		/\((\d+):\d+\)/g,
		(_, line: string) => `(line ${Number(line) + lineOffset})`
	);
	return { line: match ? Number(match[1]) + lineOffset : lineOffset + 1, message };
}
