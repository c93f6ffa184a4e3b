import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a Sätteri plugin knows about the document it is visiting. */
interface DocumentContext {
	readonly fileURL: URL | undefined;
	readonly source: string;
}

/** The file of a Markdown document and the file line of any offset in the text Sätteri parsed. */
export interface SourceLines {
	/** The file, relative to the project, as error messages name it. */
	file: string;
	/** The 1-based file line of an offset into the parsed text. */
	lineAt(offset: number): number;
}

/**
 * Locates a document for error messages. Astro hands Sätteri the body of a `.md` file without its
 * frontmatter, so a line in the parsed text is that many lines above the file's; the file is read
 * (once, when a line is first asked for) to count them.
 */
export function sourceLinesOf(context: DocumentContext): SourceLines {
	const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
	let linesAbove: number | undefined;
	return {
		file: path ? relative(process.cwd(), path) : 'Markdown',
		lineAt(offset) {
			linesAbove ??= countLinesAbove(path, context.source);
			return linesAbove + lineOfOffset(context.source, offset);
		},
	};
}

/** The 1-based line of an offset in a text. */
export function lineOfOffset(text: string, offset: number): number {
	let line = 1;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset;) {
		line++;
		index = text.indexOf('\n', index + 1);
	}
	return line;
}

function countLinesAbove(path: string | undefined, body: string): number {
	// Stryker disable next-line ConditionalExpression: reading no path throws, which gives 0 as well
	if (!path) return 0;
	let file: string;
	try {
		// Stryker disable next-line StringLiteral: as bytes, the lines are counted the same
		file = readFileSync(path, 'utf8');
	} catch {
		return 0;
	}
	// Astro trims the body it cuts from a `.md` file; an MDX body is the whole file, its
	// frontmatter blanked out, and so not found in it (-1, line 1 as the start of the file is).
	return body === '' ? 0 : lineOfOffset(file, file.lastIndexOf(body)) - 1;
}
