import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A Markdown file cut into its YAML frontmatter and its body, with the lines of each part. */
export interface SplitSource {
	/** The text between the `---` lines, or undefined when the file has no complete frontmatter. */
	yaml: string | undefined;
	/** Line of the opening `---` (1 when there is none), where file-wide problems point. */
	firstLine: number;
	/** True when a `---` opens a frontmatter block that no `---` line closes. */
	isUnclosed: boolean;
	/** Everything after the closing `---` line: what Astro renders. */
	body: string;
	/** Lines before the body; add it to a body line number to get the file line number. */
	bodyLineOffset: number;
}

/**
 * Separates the frontmatter from the body the way Astro does: the block may follow a BOM and blank
 * lines, opens with a `---` line and ends at the next `---` line.
 * @see https://github.com/withastro/astro/blob/main/packages/internal-helpers/src/frontmatter.ts
 */
export function splitFrontmatter(source: string): SplitSource {
	const lines = source.replace(/^\uFEFF/, '').split('\n');
	// Stryker disable next-line OptionalChaining: only ever called with a line of the file
	const isDelimiter = (line: string | undefined) => line?.trimEnd() === '---';
	let open = 0;
	while (lines[open]?.trim() === '') open++;
	if (!isDelimiter(lines[open])) {
		return { yaml: undefined, firstLine: 1, isUnclosed: false, body: source, bodyLineOffset: 0 };
	}
	const close = lines.findIndex((line, index) => index > open && isDelimiter(line));
	if (close === -1) {
		return {
			yaml: undefined,
			firstLine: open + 1,
			isUnclosed: true,
			body: source,
			bodyLineOffset: 0,
		};
	}
	return {
		yaml: lines.slice(open + 1, close).join('\n'),
		firstLine: open + 1,
		isUnclosed: false,
		body: lines.slice(close + 1).join('\n'),
		bodyLineOffset: close + 1,
	};
}

/** A YAML syntax error at a file line. */
export interface YamlSyntaxError {
	line: number;
	message: string;
}

/** Parsed frontmatter that can say on which file line each field is written. */
export interface Frontmatter {
	/** The fields as a plain object; empty when the YAML is not a map or does not parse. */
	data: Record<string, unknown>;
	errors: YamlSyntaxError[];
	/**
	 * File line of a field, e.g. `['tags', 2]`; a missing field falls back to its nearest written
	 * parent, and then to the opening `---` line.
	 */
	lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses frontmatter YAML whose first line is file line `firstYamlLine`. Timestamps are enabled
 * because Astro reads frontmatter with js-yaml, which turns `2026-05-13` into a Date; the schema
 * accepts both, but the error messages differ.
 */
export function parseFrontmatter(yaml: string, firstYamlLine: number): Frontmatter {
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, {
		lineCounter,
		customTags: ['timestamp'],
		prettyErrors: false,
	});
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstYamlLine - 1;
	// An error found at the end of the text (an unclosed list) would point past the last field.
	const lastLine = firstYamlLine + yaml.trimEnd().split('\n').length - 1;
	const errors = document.errors.map((error) => ({
		line: Math.min(toFileLine(error.pos[0]), lastLine),
		message: error.message,
	}));
	let data: Record<string, unknown> = {};
	if (errors.length === 0) {
		const value: unknown = document.toJS();
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			data = value as Record<string, unknown>;
		}
	}
	return {
		data,
		errors,
		lineOf(path) {
			const offset = findOffset(document, path);
			// The yaml package's linePos(undefined) is line 0, which gives the same line.
			// Stryker disable next-line ConditionalExpression: equivalent, see above
			return offset === undefined ? firstYamlLine - 1 : toFileLine(offset);
		},
	};
}

/** Start offset of the key (in a map) or item (in a list) at `path`, or of its nearest parent. */
function findOffset(document: Document, path: readonly PropertyKey[]): number | undefined {
	let node: unknown = document.contents;
	let offset: number | undefined;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isScalar(item.key) && String(item.key.value) === String(segment)
			);
			if (!pair) break;
			// Stryker disable next-line OptionalChaining: parsed nodes always have a range
			offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item: unknown = node.items[segment];
			if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
			// Stryker disable next-line OptionalChaining: parsed nodes always have a range
			offset = item.range?.[0];
			node = item;
		} else {
			break;
		}
	}
	return offset;
}
