import { parseMermaid, renderMermaidSVG } from 'beautiful-mermaid';
import { DiagramError, type DiagramLine } from './diagram-source';

/** The kinds of Mermaid diagram the renderer draws, by their first line. */
const DIAGRAM_KINDS = [
	{ header: /^(graph|flowchart)\s+(TD|TB|LR|BT|RL)$/i, check: checkFlowchartLines },
	{ header: /^stateDiagram(-v2)?$/i, check: checkEveryLineChangesTheGraph },
	{ header: /^sequenceDiagram$/i, check: checkEveryLineChangesTheDrawing },
	{ header: /^classDiagram$/i, check: checkEveryLineChangesTheDrawing },
	{ header: /^erDiagram$/i, check: checkEveryLineChangesTheDrawing },
] as const;

const SUPPORTED_HEADERS =
	'graph TD (or LR, BT, RL), flowchart TD, stateDiagram-v2, sequenceDiagram, classDiagram or erDiagram';

/**
 * The SVG of a Mermaid diagram, drawn by beautiful-mermaid: no browser, no DOM, no client script.
 *
 * beautiful-mermaid reads Mermaid line by line and skips a line it does not understand, where
 * Mermaid itself would refuse the diagram. So that a typo fails the build instead of quietly
 * drawing a different diagram, each line is checked first (see the checks below) and the first
 * one the renderer would skip is reported as a DiagramError at its line.
 */
export function renderDiagramSvg(lines: readonly DiagramLine[]): string {
	const [first, ...rest] = lines.filter(({ text }) => !isComment(text));
	if (!first)
		throw new DiagramError('the diagram is empty: start it with a line such as graph TD', 1);
	const header = first.text.trim();
	const kind = DIAGRAM_KINDS.find((candidate) => candidate.header.test(header));
	if (!kind) {
		const reason = /^xychart/i.test(header)
			? 'charts (xychart-beta) are not drawn at build time'
			: `"${header}" is not a diagram kind Fieldnotes draws`;
		throw new DiagramError(`${reason}: start the diagram with ${SUPPORTED_HEADERS}`, first.line);
	}
	try {
		kind.check(header, rest);
		return renderMermaidSVG(joinLines([first, ...rest]), { transparent: true });
	} catch (error) {
		if (error instanceof DiagramError) throw error;
		throw new DiagramError(
			`the diagram renderer failed: ${error instanceof Error ? error.message : String(error)}`,
			first.line
		);
	}
}

function isComment(text: string): boolean {
	return text.trim().startsWith('%%');
}

function joinLines(lines: readonly DiagramLine[]): string {
	return lines.map(({ text }) => text).join('\n');
}

function ignoredLineError({ text, line }: DiagramLine): DiagramError {
	return new DiagramError(
		`the diagram renderer does not understand "${text.trim()}": check the Mermaid syntax of this line (a typo, or syntax the renderer does not support)`,
		line
	);
}

// Flowchart lines beautiful-mermaid reads as statements, each with a pattern that takes the rest
// of the line whatever it is; every other line is nodes and edges.
const FLOWCHART_STATEMENT = /^(classDef|class|style|linkStyle|subgraph|direction)\s|^end$/;
const SENTINEL = 'fieldnotesLineEnd';

/**
 * A flowchart line of nodes and edges is read from its start until something is not a node or an
 * arrow, and the rest dropped: `A[Start --> B` draws a lone "A". An edge to a made-up node appended
 * to the line shows whether the renderer read it to its end. A trailing `;` is allowed, as in Mermaid.
 */
function checkFlowchartLines(header: string, lines: readonly DiagramLine[]): void {
	for (const line of lines) {
		const text = line.text.trim().replace(/;$/, '');
		if (FLOWCHART_STATEMENT.test(text)) continue;
		const graph = parseMermaid(`${header}\n${text} --> ${SENTINEL}`);
		if (!graph.edges.some(({ target }) => target === SENTINEL)) throw ignoredLineError(line);
	}
}

/** A state diagram line the parser does not match is dropped: its removal changes nothing. */
function checkEveryLineChangesTheGraph(header: string, lines: readonly DiagramLine[]): void {
	const graphOf = (kept: readonly DiagramLine[]) =>
		JSON.stringify(parseMermaid(`${header}\n${joinLines(kept)}`), (_key, value: unknown) =>
			value instanceof Map ? [...value] : value
		);
	checkEveryLineMatters(lines, graphOf);
}

// Declarations of what the lines below would create anyway: redundant, not ignored.
const DECLARATION = /^(participant|actor|class)\s+\S+$/;

/**
 * Sequence, class and ER diagram lines the parser does not match are dropped: the drawing without
 * the line is the same. Those kinds are quick to draw, unlike the laid-out graphs above.
 */
function checkEveryLineChangesTheDrawing(header: string, lines: readonly DiagramLine[]): void {
	checkEveryLineMatters(
		lines.filter(({ text }) => !DECLARATION.test(text.trim())),
		(kept) => renderMermaidSVG(`${header}\n${joinLines(kept)}`),
		lines
	);
}

/**
 * Reports the first line whose removal leaves `drawingOf` unchanged. `all` is every line of the
 * diagram but the comments (left out before); `checked` the ones that must matter.
 */
function checkEveryLineMatters(
	checked: readonly DiagramLine[],
	drawingOf: (lines: readonly DiagramLine[]) => string,
	all: readonly DiagramLine[] = checked
): void {
	const whole = drawingOf(all);
	for (const line of checked) {
		// The } closing a block: the renderer closes a block still open at the end of the diagram
		// as well, so that this one, the last line, changes nothing.
		if (line.text.trim() === '}') continue;
		if (drawingOf(all.filter((other) => other !== line)) === whole) throw ignoredLineError(line);
	}
}
