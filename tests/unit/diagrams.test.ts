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
	it('reads the frontmatter fences and accessibility lines however they are spaced', () => {
		expect(
			readDiagramSource(
				'--- \ntitle: "  Retries  "\n---  \ngraph TD\n  accTitle : Webhook retries\n  accDescr:Each retry waits longer.\n   \n  A --> B\n'
			)
		).toEqual({
			title: 'Retries',
			accessibleTitle: 'Webhook retries',
			description: 'Each retry waits longer.',
			lines: [
				{ text: 'graph TD', line: 4 },
				{ text: '  A --> B', line: 8 },
			],
		});
	});

	it('reads an accDescr block, however its brace is spaced, as one paragraph', () => {
		for (const opening of ['accDescr{', 'accDescr {  ', '  accDescr   {']) {
			expect(
				readDiagramSource(`graph LR\n${opening}\n  Requests wait\n\n  in the queue.\n}\nA --> B`),
				opening
			).toEqual({
				title: undefined,
				accessibleTitle: undefined,
				description: 'Requests wait in the queue.',
				lines: [
					{ text: 'graph LR', line: 1 },
					{ text: 'A --> B', line: 7 },
				],
			});
		}
	});

	it('leaves diagram lines that only mention accTitle or accDescr in the diagram', () => {
		const block =
			'classDiagram\n  class Retry {\n    +int attempts\n  }\n  class accDescr {\n    +String text\n  }\n  Draft -->|accTitle: set| Named\n  accDescr { Short }\n  accDescr {\n    Retries back off.\n  }';
		expect(readDiagramSource(block)).toEqual({
			title: undefined,
			accessibleTitle: undefined,
			description: 'Retries back off.',
			lines: [
				{ text: 'classDiagram', line: 1 },
				{ text: '  class Retry {', line: 2 },
				{ text: '    +int attempts', line: 3 },
				{ text: '  }', line: 4 },
				{ text: '  class accDescr {', line: 5 },
				{ text: '    +String text', line: 6 },
				{ text: '  }', line: 7 },
				{ text: '  Draft -->|accTitle: set| Named', line: 8 },
				{ text: '  accDescr { Short }', line: 9 },
			],
		});
	});

	it('refuses an accDescr block that is never closed, at its line', () => {
		expect(
			problemOf(() => readDiagramSource('graph TD\n  A --> B\n  accDescr {\n    A then B.'))
		).toEqual({ line: 3, message: 'accDescr { is never closed: add a } line' });
	});

	it('takes empty frontmatter as no title', () => {
		expect(readDiagramSource('---\n---\ngraph TD\n  A --> B')).toEqual({
			title: undefined,
			accessibleTitle: undefined,
			description: undefined,
			lines: [
				{ text: 'graph TD', line: 3 },
				{ text: '  A --> B', line: 4 },
			],
		});
	});

	it('refuses frontmatter that is not YAML, not a title field, or a title that is not text', () => {
		const problems = [
			'title: "Retries\n',
			'Retries\n',
			'- Retries\n',
			'title: Retries\nconfig: {}\ntheme: dark\n',
			'title: 42\n',
			'title: ""\n',
			'title: "   "\n',
		].map((frontmatter) =>
			problemOf(() => readDiagramSource(`---\n${frontmatter}---\ngraph TD\n  A --> B`))
		);
		expect(problems).toEqual([
			{
				line: 2,
				message: 'the frontmatter is not valid YAML: Missing closing "quote at line 1, column 16:',
			},
			{
				line: 2,
				message:
					"the frontmatter may only hold title: (found no field); the site's themes colour the diagram",
			},
			{
				line: 2,
				message:
					"the frontmatter may only hold title: (found no field); the site's themes colour the diagram",
			},
			{
				line: 2,
				message:
					"the frontmatter may only hold title: (found config:, theme:); the site's themes colour the diagram",
			},
			{ line: 2, message: 'title: in the frontmatter must be text' },
			{ line: 2, message: 'title: in the frontmatter must be text' },
			{ line: 2, message: 'title: in the frontmatter must be text' },
		]);
	});

	it('is an error named DiagramError, as a stack trace shows it', () => {
		expect(String(new DiagramError('the diagram is empty', 1))).toBe(
			'DiagramError: the diagram is empty'
		);
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

	it('accepts a block of class members, entity attributes or inner states that ends the diagram', () => {
		for (const block of [
			'erDiagram\n  CUSTOMER ||--o{ ORDER : places\n  CUSTOMER {\n    string name PK\n  }',
			'classDiagram\n  Event <|-- Payment\n  class Event {\n    +int attempts\n  }',
			'stateDiagram-v2\n  [*] --> Retrying\n  state Retrying {\n    [*] --> Waiting\n  }',
		]) {
			expect(renderDiagramSvg(lines(block)), block).toMatch(/^<svg /);
		}
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
	it('reads the kind from the first line that is not a comment, however it is indented', () => {
		expect(renderDiagramSvg(lines('%% Retries of a webhook\n  graph TD\n  A --> B'))).toBe(
			renderDiagramSvg(lines('graph TD\n  A --> B'))
		);
	});

	it('keeps comments out of the line checks, however they are indented', () => {
		for (const block of [
			'graph TD\n  A --> B\n  %% the retry\n  B --> A',
			'stateDiagram-v2\n  [*] --> Idle\n    %% the worker waits\n  Idle --> Busy : start',
			'sequenceDiagram\n  A->>B: hi\n  %% B answers\n  B-->>A: hi',
		]) {
			expect(renderDiagramSvg(lines(block)), block).toBe(
				renderDiagramSvg(lines(block.replace(/\n *%%.*/, '')))
			);
		}
	});

	it('accepts a line that only names a state, and a semicolon inside a label', () => {
		expect(
			renderDiagramSvg(lines('stateDiagram-v2\n  state "Waiting for work" as Idle\n  [*] --> Idle'))
		).toContain('Waiting for work');
		expect(renderDiagramSvg(lines('graph LR\n  A["Retry; then wait"] --> B;'))).toContain(
			'Retry; then wait'
		);
	});

	it('draws without a background, so the page’s colour shows through', () => {
		expect(renderDiagramSvg(lines('graph TD\n  A --> B'))).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 140 201.8" width="140" height="201.8" style="--bg:#FFFFFF;--fg:#27272A">\n<style>/
		);
	});

	it('reports an empty diagram, and a failure of the renderer, at the first line', () => {
		expect(problemOf(() => renderDiagramSvg(lines('%% nothing yet\n')))).toEqual({
			line: 1,
			message: 'the diagram is empty: start it with a line such as graph TD',
		});
		expect(
			problemOf(() => renderDiagramSvg(lines('\ngraph TD\n  subgraph A\n  end\n  A --> A')))
		).toEqual({
			line: 2,
			message:
				'the diagram renderer failed: java.lang.IllegalStateException: Invalid hitboxes for scanline constraint calculation.',
		});
	});

	it('gives the chart hint only to an xychart', () => {
		expect(
			problemOf(() => renderDiagramSvg(lines('pie title Why not an xychart?\n  "a": 1'))).message
		).toMatch(/^"pie title Why not an xychart\?" is not a diagram kind Fieldnotes draws: /);
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
		expect(
			problemOf(() => diagramSvgElement('<svg><rect fill="var(--_unknown)"/></svg>', 'd'))
		).toEqual({
			line: 0,
			message:
				"the diagram uses the colour var(--_unknown), which the site's themes do not define: write a colour such as #d33, or leave the colours to the themes",
		});
	});
	it('keeps only the drawing: no namespaces, classes, styles or whitespace, coordinates to hundredths', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 140.12345 201.8" class="mermaid" style="--bg:#FFFFFF" data-id="x">\n' +
			'<style>text { font-family: Inter; }</style>\n' +
			'<g data-label="Retry">\n' +
			'  <text x="19.9999" y="-12.3456" font-style="italic" fill="var(--_text)">Retry &amp; wait<!-- label --></text>\n' +
			'  <polyline points="0,10.0051 -3.14159,2.5" marker-end="url(#arrowhead)"/>\n' +
			'</g>\n' +
			'</svg>\n';
		expect(toHtml(diagramSvgElement(svg, 'diagram-2'))).toBe(
			'<svg viewBox="0 0 140.12 201.8"><g>' +
				'<text x="20" y="-12.35" font-style="italic" fill="var(--color-ink, currentColor)">Retry &#x26; wait</text>' +
				'<polyline points="0,10.01 -3.14,2.5" marker-end="url(#diagram-2-arrowhead)"></polyline>' +
				'</g></svg>'
		);
	});

	it('refuses renderer output without an <svg> element', () => {
		expect(() => diagramSvgElement('<p>No drawing</p>', 'd')).toThrow(
			new Error('The diagram renderer wrote no <svg> element.')
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
