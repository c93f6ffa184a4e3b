import { parseFrontmatter } from 'astro/markdown';
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A problem that keeps an entry file from being read, at a file line. */
export interface SourceProblem {
	line: number;
	message: string;
}

/** What an entry file says, read exactly as Astro's loader reads it. */
export interface EntrySource {
	/** The frontmatter of a document, or the whole data file; empty when it cannot be read. */
	data: Record<string, unknown>;
	/** A document's Markdown or MDX, its frontmatter blanked so its lines are the file's lines. */
	body: string;
	/** Line of the opening `---` of a document's frontmatter, else 1: where file-wide problems point. */
	firstLine: number;
	/** Syntax errors and values that expand beyond reason; the entry is refused when there are any. */
	problems: SourceProblem[];
	/**
	 * File line of a field, e.g. `['tags', 2]`; a field that is not written falls back to its
	 * nearest written parent, and then to `firstLine`.
	 */
	lineOf: (path: readonly PropertyKey[]) => number;
}

/** How a file is read: Markdown/MDX with frontmatter, or a YAML or JSON data file. */
export type SourceFormat = 'document' | 'yaml' | 'json';

/** The source format of an entry file, by its extension. */
export function sourceFormatOf(extension: string): SourceFormat {
	if (extension === 'json') return 'json';
	return extension === 'yaml' || extension === 'yml' ? 'yaml' : 'document';
}

/**
 * Most values a file's data may hold, counting each use of a YAML alias (`*name`) again. A real
 * frontmatter holds a few dozen; nine levels of nine aliases ("billion laughs") would hold 387
 * million, which the schema, the data store and JSON.stringify would each try to walk.
 */
export const MAX_VALUES = 10_000;

/**
 * Reads an entry file with the parsers of Astro's loader (its frontmatter reader for Markdown and
 * MDX, which is js-yaml or TOML between `---` or `+++` lines; js-yaml's `load` for YAML files;
 * `JSON.parse` for JSON), so the doctor and the build accept and refuse the same files. Syntax
 * errors and alias bombs become problems at a file line instead of exceptions.
 */
export function readEntrySource(contents: string, format: SourceFormat): EntrySource {
	const read = readData(contents, format);
	const located = createLineLocator(read.yaml, read.firstLine);
	const problems = read.problems;
	// A file that could not be read has empty data, which never overflows.
	const overflow = describeOverflow(read.data);
	if (overflow) problems.push({ line: located([overflow.field]), message: overflow.message });
	return {
		data: problems.length === 0 ? read.data : {},
		body: read.body,
		firstLine: read.firstLine,
		problems,
		lineOf: located,
	};
}

interface ReadData {
	data: Record<string, unknown>;
	body: string;
	firstLine: number;
	/** The YAML text the data was read from (undefined for JSON and TOML), for locating fields. */
	yaml: string | undefined;
	problems: SourceProblem[];
}

function readData(contents: string, format: SourceFormat): ReadData {
	if (format === 'document') {
		// Astro's frontmatter block starts on the first line that is not blank.
		const firstLine = (contents.slice(0, contents.search(/\S|$/)).match(/\n/g)?.length ?? 0) + 1;
		const isToml = /^\s*\+\+\+/.test(contents);
		try {
			const { frontmatter, rawFrontmatter, content } = parseFrontmatter(contents, {
				frontmatter: 'empty-with-spaces',
			});
			const yaml = isToml ? undefined : rawFrontmatter;
			return { data: frontmatter, body: content, firstLine, yaml, problems: [] };
		} catch (error) {
			return {
				data: {},
				body: '',
				firstLine,
				yaml: undefined,
				problems: [describeSyntaxError(error, firstLine, isToml ? 'TOML' : 'YAML')],
			};
		}
	}
	try {
		const value: unknown = format === 'json' ? JSON.parse(contents) : loadYaml(contents);
		const data = isRecord(value) ? value : {};
		return {
			data,
			body: '',
			firstLine: 1,
			yaml: format === 'yaml' ? contents : undefined,
			problems: [],
		};
	} catch (error) {
		return {
			data: {},
			body: '',
			firstLine: 1,
			yaml: undefined,
			problems: [describeSyntaxError(error, 1, format === 'json' ? 'JSON' : 'YAML')],
		};
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A parser's error at its file line. js-yaml counts lines from 0 within the text it was given, which
 * for frontmatter starts on the opening `---` line; TOML counts from 1.
 */
function describeSyntaxError(error: unknown, firstLine: number, language: string): SourceProblem {
	// Checked by shape: Astro's frontmatter reader throws from its own copy of js-yaml, whose
	// YAMLException is the only error with a `mark` (JSON's SyntaxError and TOML's error have none).
	const { mark, reason } = error as { mark?: { line?: unknown }; reason?: unknown };
	if (typeof mark?.line === 'number') {
		return { line: firstLine + mark.line, message: `invalid ${language}: ${String(reason)}` };
	}
	// TOML's message goes on with the lines around the error; JSON's quotes the text, newlines and all.
	const message =
		error instanceof Error
			? language === 'JSON'
				? error.message.replace(/\s+/g, ' ')
				: error.message.split('\n')[0]
			: String(error);
	const tomlLine = (error as { line?: unknown }).line;
	return {
		line: typeof tomlLine === 'number' ? firstLine + tomlLine - 1 : firstLine,
		message: `invalid ${language}: ${message}`,
	};
}

/**
 * The first top-level field at which data holds more than MAX_VALUES values, counting shared
 * (aliased) values at each use, and why that is refused; undefined for data of a sensible size.
 * The walk stops at the limit, so its cost is bounded however far the aliases would expand.
 */
export function describeOverflow(
	data: Record<string, unknown>
): { field: string; message: string } | undefined {
	let budget = MAX_VALUES;
	const visit = (value: unknown): boolean => {
		if (--budget < 0) return false;
		if (value === null || typeof value !== 'object' || value instanceof Date) return true;
		return Object.values(value).every(visit);
	};
	const field = Object.entries(data).find(([, value]) => !visit(value))?.[0];
	return field === undefined
		? undefined
		: {
				field,
				message: `YAML aliases (*name) expand field \`${field}\` to more than ${MAX_VALUES.toLocaleString('en-US')} values: write the values out instead of repeating an anchor`,
			};
}

/**
 * Finds the line of a field in YAML text that starts on file line `firstLine`, parsing it (with
 * the `yaml` library, which keeps positions, unlike js-yaml) only when a line is asked for.
 */
function createLineLocator(
	yaml: string | undefined,
	firstLine: number
): (path: readonly PropertyKey[]) => number {
	let parsed: { document: Document; lineCounter: LineCounter } | undefined;
	return (path) => {
		if (yaml === undefined) return firstLine;
		parsed ??= parseWithLines(yaml);
		const offset = findOffset(parsed.document, path);
		return offset === undefined
			? firstLine
			: firstLine + parsed.lineCounter.linePos(offset).line - 1;
	};
}

/** A YAML document and the line starts of its text. */
function parseWithLines(yaml: string): { document: Document; lineCounter: LineCounter } {
	const lineCounter = new LineCounter();
	// Stryker disable next-line BooleanLiteral: the parse errors are never read; false only skips formatting them
	return { document: parseDocument(yaml, { lineCounter, prettyErrors: false }), lineCounter };
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
		} else if (
			isSeq(node) &&
			// Stryker disable next-line ConditionalExpression: a list has no item at a text key, so the walk stops below either way
			typeof segment === 'number'
		) {
			const item: unknown = node.items[segment];
			if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
			// Stryker disable next-line OptionalChaining: parsed nodes always have a range
			offset = item.range?.[0];
			node = item;
		} else break;
	}
	return offset;
}

/**
 * The first line of a file that is not valid UTF-8, or undefined when all of it is. Astro reads
 * such bytes as U+FFFD without a word, so an author would only notice the "�" on the page.
 */
export function findInvalidUtf8Line(bytes: Uint8Array): number | undefined {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		decoder.decode(bytes);
		return undefined;
	} catch {
		let start = 0;
		for (let line = 1; ; line++) {
			const end = bytes.indexOf(0x0a, start);
			try {
				decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
			} catch {
				return line;
			}
			// Stryker disable next-line ConditionalExpression: unreachable, a file that fails to decode always has a line that fails
			if (end === -1) return undefined;
			start = end + 1;
		}
	}
}
