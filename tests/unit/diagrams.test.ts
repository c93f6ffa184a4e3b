import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderDiagramSvg } from '@/features/diagrams/diagram';
import { diagramFigure } from '@/features/diagrams/diagram-figure';
import { DiagramError, readDiagramSource } from '@/features/diagrams/diagram-source';
import { diagramSvgElement } from '@/features/diagrams/diagram-svg';

/** The DiagramError a block throws: its line in the block and its message. */
function problemOf(run: () => unknown): { line: number; message: string } {
	try {
		run();
	} catch (error) {
		if (error instanceof DiagramError) return { line: error.line, message: error.message };
		throw error;
	}
	throw new Error('expected a DiagramError');
}

const lines = (block: string) => readDiagramSource(block).lines;

describe('readDiagramSource', () => {
	it('reads the title of Mermaid frontmatter and accTitle and accDescr lines, keeping each line’s number', () => {
		const source = readDiagramSource(
			'---\ntitle: Order states\n---\nstateDiagram-v2\n  accTitle: States of an order\n\n  accDescr {\n    From pending\n    to paid.\n  }\n  [*] --> Pending\n'
		);
		expect(source.title).toBe('Order states');
		expect(source.accessibleTitle).toBe('States of an order');
		expect(source.description).toBe('From pending to paid.');
		expect(source.lines).toEqual([
			{ text: 'stateDiagram-v2', line: 4 },
			{ text: '  [*] --> Pending', line: 11 },
		]);
	});

	it('refuses frontmatter that is not closed or holds more than a title', () => {
		expect(problemOf(() => readDiagramSource('---\ntitle: x\ngraph TD'))).toEqual({
			line: 1,
			message: 'the frontmatter is never closed: add a --- line after it',
		});
		expect(
			problemOf(() => readDiagramSource('---\nconfig:\n  theme: dark\n---\ngraph TD'))
		).toEqual({
			line: 2,
			message:
				"the frontmatter may only hold title: (found config:); the site's themes colour the diagram",
		});
	});
});

describe('renderDiagramSvg', () => {
	it('draws the supported kinds of diagram as SVG', () => {
		for (const block of [
			'graph TD\n  A[Start] --> B{Ok?}\n  B -->|Yes| C[Done];',
			'flowchart LR\n  subgraph Queue\n    A --> B\n  end\n  classDef hot fill:#f00\n  class A hot',
			'stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy : start',
			'sequenceDiagram\n  participant A as App\n  A->>B: hello\n  B-->>A: hi',
			'classDiagram\n  class Event\n  Event <|-- Payment',
			'erDiagram\n  CUSTOMER ||--o{ ORDER : places',
		]) {
			expect(renderDiagramSvg(lines(block)), block).toMatch(/^<svg /);
		}
	});

	it('names the line of a flowchart that the renderer would read only in part', () => {
		expect(
			problemOf(() => renderDiagramSvg(lines('graph TD\n  A --> B\n  B --> C[Unclosed')))
		).toEqual({
			line: 3,
			message:
				'the diagram renderer does not understand "B --> C[Unclosed": check the Mermaid syntax of this line (a typo, or syntax the renderer does not support)',
		});
		// Two statements on one line: the renderer would draw the first only.
		expect(problemOf(() => renderDiagramSvg(lines('graph LR\n  A --> B; B --> C'))).line).toBe(2);
	});

	it('names a line that a sequence, state, class or ER diagram would skip', () => {
		expect(
			problemOf(() => renderDiagramSvg(lines('sequenceDiagram\n  A->>B: hi\n  A to B')))
		).toMatchObject({ line: 3 });
		expect(
			problemOf(() => renderDiagramSvg(lines('stateDiagram-v2\n  [*] --> A\n  A -> B')))
		).toMatchObject({ line: 3 });
		expect(
			problemOf(() => renderDiagramSvg(lines('classDiagram\n  A <|-- B\n  A <- B')))
		).toMatchObject({ line: 3 });
		expect(
			problemOf(() => renderDiagramSvg(lines('erDiagram\n  A ||--o{ B : has\n  A B')))
		).toMatchObject({ line: 3 });
	});

	it('accepts a declaration that repeats what the lines below it create', () => {
		expect(
			renderDiagramSvg(lines('sequenceDiagram\n  participant App\n  App->>DB: query'))
		).toMatch(/^<svg /);
	});

	it('refuses kinds it does not draw, naming the first line and the kinds it does', () => {
		expect(problemOf(() => renderDiagramSvg(lines('\npie\n  "a": 1')))).toEqual({
			line: 2,
			message:
				'"pie" is not a diagram kind Fieldnotes draws: start the diagram with graph TD (or LR, BT, RL), flowchart TD, stateDiagram-v2, sequenceDiagram, classDiagram or erDiagram',
		});
		expect(problemOf(() => renderDiagramSvg(lines('xychart-beta\n  bar [1, 2]'))).message).toMatch(
			/^charts \(xychart-beta\) are not drawn at build time/
		);
		expect(problemOf(() => renderDiagramSvg([])).line).toBe(1);
	});
});

describe('diagramSvgElement', () => {
	it('replaces the renderer’s colours with site tokens, prefixes ids, and drops style and data attributes', () => {
		const svg = toHtml(
			diagramSvgElement(renderDiagramSvg(lines('graph TD\n  A --> B')), 'diagram-3')
		);
		expect(svg).not.toMatch(/<style|style=|data-|var\(--_|googleapis|xmlns/);
		expect(svg).toContain('id="diagram-3-arrowhead"');
		expect(svg).toContain('marker-end="url(#diagram-3-arrowhead)"');
		expect(svg).toContain('stroke="var(--color-muted, currentColor)"');
		expect(svg).not.toMatch(/\d\.\d{3}/);
	});

	it('refuses elements and event handlers outside the SVG it expects', () => {
		expect(() => diagramSvgElement('<svg><script>alert(1)</script></svg>', 'd')).toThrow(
			'The diagram renderer wrote a <script> element, which is not allowed.'
		);
		expect(() => diagramSvgElement('<svg><rect onclick="alert(1)"/></svg>', 'd')).toThrow(
			/event handler \(onClick\)/
		);
		expect(() => diagramSvgElement('<svg><rect fill="var(--_unknown)"/></svg>', 'd')).toThrow(
			'The diagram renderer used var(--_unknown), which has no site colour.'
		);
	});
});

describe('diagramFigure', () => {
	it('is a figure whose SVG is an image named by the caption, with author text escaped', () => {
		const html = toHtml(
			diagramFigure('graph TD\n  A["<img src=x onerror=alert(1)>"] --> B[&]', {
				title: 'Retries & <b>',
				idPrefix: 'diagram-1',
			})
		);
		expect(html).toMatch(
			/^<figure class="diagram"><svg viewBox="[^"]+" width="[^"]+" height="[^"]+" role="img" aria-labelledby="diagram-1-caption">/
		);
		expect(html).toMatch(
			/<figcaption id="diagram-1-caption">Retries &#x26; &#x3C;b><\/figcaption><\/figure>$/
		);
		expect(html).not.toContain('<img');
		expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
	});

	it('takes the caption from Mermaid’s frontmatter, and the accessible name from accTitle', () => {
		const fromFrontmatter = toHtml(
			diagramFigure('---\ntitle: Order\n---\ngraph TD\n A --> B', {
				title: undefined,
				idPrefix: 'd',
			})
		);
		expect(fromFrontmatter).toContain('<figcaption id="d-caption">Order</figcaption>');
		const named = toHtml(
			diagramFigure('graph TD\n accTitle: Two steps\n accDescr: A then B.\n A --> B', {
				title: undefined,
				idPrefix: 'd',
			})
		);
		expect(named).toContain(
			'role="img" aria-label="Two steps" aria-describedby="d-description"><desc id="d-description">A then B.</desc>'
		);
		expect(named).not.toContain('<figcaption');
	});

	it('refuses a diagram without a name, at the fence', () => {
		const problem = problemOf(() =>
			diagramFigure('graph TD\n A --> B', { title: undefined, idPrefix: 'd' })
		);
		expect(problem.line).toBe(0);
		expect(problem.message).toMatch(/^the diagram has no name for screen readers: /);
	});
});
