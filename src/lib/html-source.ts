import { Parser } from 'htmlparser2';

/** One attribute of a start tag, as htmlparser2 read it, with where it is written in the source. */
export interface SourceAttribute {
	/** The attribute's name, in lower case for HTML. */
	name: string;
	/** The value with entities decoded. */
	value: string;
	/** `"`, `'`, `null` for an unquoted value, `undefined` for a bare boolean attribute. */
	quote: string | null | undefined;
	/** Offsets of `name="value"` in the source: `source.slice(start, end)`. */
	start: number;
	end: number;
}

/** A start tag and its attributes, with the offsets of the tag in the source. */
export interface SourceTag {
	/** The tag's name, in lower case for HTML. */
	name: string;
	attributes: SourceAttribute[];
	/** Offsets of the whole tag, `<` to `>`. */
	start: number;
	end: number;
}

/**
 * Every start tag of a document with its attributes, in source order, with their offsets, so a
 * caller can rewrite chosen attribute values and leave every other byte as it was. htmlparser2
 * does the tokenising: comments, `<script>`/`<style>` text and escaped markup in text are never
 * tags.
 * @param options.xml read the source as XML (feeds) rather than HTML
 */
export function listSourceTags(
	source: string,
	{ xml = false }: { xml?: boolean } = {}
): SourceTag[] {
	const tags: SourceTag[] = [];
	let attributes: SourceAttribute[] = [];
	const parser: Parser = new Parser(
		{
			onattribute(name, value, quote) {
				attributes.push({ name, value, quote, start: parser.startIndex, end: parser.endIndex });
			},
			onopentag(name) {
				tags.push({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1 });
				attributes = [];
			},
		},
		{ decodeEntities: true, xmlMode: xml }
	);
	parser.end(source);
	return tags;
}

/** Applies replacements of source ranges, given in any order and not overlapping. */
export function replaceRanges(
	source: string,
	replacements: readonly { start: number; end: number; text: string }[]
): string {
	let result = '';
	let position = 0;
	for (const { start, end, text } of [...replacements].sort((a, b) => a.start - b.start)) {
		result += source.slice(position, start) + text;
		position = end;
	}
	return result + source.slice(position);
}

/** An attribute written out with a new value, in its original quotes (double when it had none). */
export function formatAttribute(
	writtenName: string,
	value: string,
	quote: string | null | undefined
): string {
	const mark = quote === "'" ? "'" : '"';
	const escaped = value
		.replaceAll('&', '&amp;')
		.replaceAll(mark, mark === '"' ? '&quot;' : '&#39;')
		.replaceAll('<', '&lt;');
	return `${writtenName}=${mark}${escaped}${mark}`;
}

/**
 * The HTML without the elements `isRemoved` picks (with everything inside them); every other byte
 * stays as it was.
 */
export function removeElements(
	html: string,
	isRemoved: (name: string, attributes: Readonly<Record<string, string>>) => boolean
): string {
	const removals: { start: number; end: number; text: string }[] = [];
	let depth = 0;
	let removedDepth = -1;
	let removedStart = 0;
	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				depth += 1;
				// Stryker disable next-line EqualityOperator: removedDepth is -1 or a depth of 1 or more, never 0
				if (removedDepth < 0 && isRemoved(name, attributes)) {
					removedDepth = depth;
					removedStart = parser.startIndex;
				}
			},
			onclosetag() {
				if (depth === removedDepth) {
					removals.push({ start: removedStart, end: parser.endIndex + 1, text: '' });
					removedDepth = -1;
				}
				depth -= 1;
			},
		},
		// Stryker disable next-line ObjectLiteral: htmlparser2 decodes entities by default too; this says it is relied on
		{ decodeEntities: true }
	);
	parser.end(html);
	// Stryker disable next-line ConditionalExpression: replaceRanges with no range returns the HTML as it is; this only skips the work
	return removals.length === 0 ? html : replaceRanges(html, removals);
}
