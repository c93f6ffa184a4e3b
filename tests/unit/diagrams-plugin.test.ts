import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagramsPlugin } from '@/features/diagrams/plugin';
import { renderMarkdown } from '../helpers/markdown';

// A file of the project that is not on disk, so its body starts at line 1 of the file.
const FILE = new URL('content/blog/retries.md', pathToFileURL(`${process.cwd()}/`));
const render = async (markdown: string) =>
	(await renderMarkdown(markdown, [diagramsPlugin], { fileURL: FILE })).html;

describe('diagramsPlugin, through the Markdown renderer', () => {
	it('turns a mermaid fence into a figure holding the inline SVG, captioned by the fence title', async () => {
		expect(await render("```mermaid title='Handshake'\nsequenceDiagram\n  A->>B: hi\n```")).toBe(
			'<figure class="diagram">' +
				'<svg viewBox="0 0 280 160" width="280" height="160" role="img" aria-labelledby="diagram-1-caption">' +
				'<defs>' +
				'<marker id="diagram-1-seq-arrow" markerWidth="8" markerHeight="5" refX="8" refY="2.5" orient="auto-start-reverse"><polygon points="0 0, 8 2.5, 0 5" fill="var(--color-ink, currentColor)"></polygon></marker>' +
				'<marker id="diagram-1-seq-arrow-open" markerWidth="8" markerHeight="5" refX="8" refY="2.5" orient="auto-start-reverse"><polyline points="0 0, 8 2.5, 0 5" fill="none" stroke="var(--color-ink, currentColor)" stroke-width="1"></polyline></marker>' +
				'</defs>' +
				'<line x1="70" y1="70" x2="70" y2="130" stroke="var(--color-muted, currentColor)" stroke-width="0.75" stroke-dasharray="6 4"></line>' +
				'<line x1="210" y1="70" x2="210" y2="130" stroke="var(--color-muted, currentColor)" stroke-width="0.75" stroke-dasharray="6 4"></line>' +
				'<g><line x1="70" y1="90" x2="210" y2="90" stroke="var(--color-muted, currentColor)" stroke-width="1" marker-end="url(#diagram-1-seq-arrow)"></line><text x="140" y="80" font-size="11" text-anchor="middle" font-weight="400" fill="var(--color-muted, currentColor)" dy="3.85">hi</text></g>' +
				'<g><rect x="30" y="30" width="80" height="40" rx="4" ry="4" fill="var(--color-surface-raised, Canvas)" stroke="var(--color-muted, currentColor)" stroke-width="1"></rect><text x="70" y="50" font-size="13" text-anchor="middle" font-weight="500" fill="var(--color-ink, currentColor)" dy="4.55">A</text></g>' +
				'<g><rect x="170" y="30" width="80" height="40" rx="4" ry="4" fill="var(--color-surface-raised, Canvas)" stroke="var(--color-muted, currentColor)" stroke-width="1"></rect><text x="210" y="50" font-size="13" text-anchor="middle" font-weight="500" fill="var(--color-ink, currentColor)" dy="4.55">B</text></g>' +
				'</svg>' +
				'<figcaption id="diagram-1-caption">Handshake</figcaption>' +
				'</figure>\n'
		);
	});

	it('numbers the diagrams of a document, and starts again at 1 in the next one', async () => {
		const diagram = (title: string) =>
			`\`\`\`mermaid title="${title}"\ngraph TD\n  A --> B\n\`\`\``;
		const html = await render(`${diagram('First')}\n\nBetween.\n\n${diagram('Second')}`);
		expect(html.match(/<svg [^>]*>|<figcaption[^>]*>[^<]*/g)).toEqual([
			'<svg viewBox="0 0 140 201.8" width="140" height="201.8" role="img" aria-labelledby="diagram-1-caption">',
			'<figcaption id="diagram-1-caption">First',
			'<svg viewBox="0 0 140 201.8" width="140" height="201.8" role="img" aria-labelledby="diagram-2-caption">',
			'<figcaption id="diagram-2-caption">Second',
		]);
		expect(html.match(/marker-end="[^"]*"/g)).toEqual([
			'marker-end="url(#diagram-1-arrowhead)"',
			'marker-end="url(#diagram-2-arrowhead)"',
		]);
		expect(await render(diagram('Again'))).toContain('aria-labelledby="diagram-1-caption"');
	});

	it('leaves other code blocks, inline code and a bare <pre> as they are', async () => {
		expect(
			await render(
				'Write `mermaid` fences.\n\n```js\nconst graph = 1;\n```\n\n```\ngraph TD\n```\n\n<pre>A --> B</pre>'
			)
		).toBe(
			'<p>Write <code>mermaid</code> fences.</p>\n' +
				'<pre><code class="language-js">const graph = 1;\n</code></pre>\n' +
				'<pre><code>graph TD\n</code></pre>\n' +
				'<pre>A --> B</pre>\n'
		);
	});

	it('fails on a diagram line the renderer would skip, naming the file and that line', async () => {
		await expect(
			render('# Retries\n\nText.\n\n```mermaid title="Retries"\ngraph TD\n  A --> B[Unclosed\n```')
		).rejects.toThrow(
			new Error(
				'content/blog/retries.md:7: the diagram renderer does not understand "A --> B[Unclosed": check the Mermaid syntax of this line (a typo, or syntax the renderer does not support).'
			)
		);
	});

	it('fails on a diagram without a name at its opening fence, and on bad frontmatter at its line', async () => {
		await expect(render('# Retries\n\n```mermaid\ngraph TD\n  A --> B\n```')).rejects.toThrow(
			new Error(
				'content/blog/retries.md:3: the diagram has no name for screen readers: give the fence a caption (```mermaid title="Webhook retries") or add an accTitle: line.'
			)
		);
		await expect(
			render('# Retries\n\n```mermaid\n---\ntitle: [1]\n---\ngraph TD\n  A --> B\n```')
		).rejects.toThrow(
			new Error('content/blog/retries.md:5: title: in the frontmatter must be text.')
		);
	});

	it('fails on a colour the site does not define, at the opening fence', async () => {
		await expect(
			render(
				'# Retries\n\n```mermaid title="Retries"\ngraph TD\n  A --> B\n  style A fill:var(--accent)\n```'
			)
		).rejects.toThrow(
			new Error(
				"content/blog/retries.md:3: the diagram uses the colour var(--accent), which the site's themes do not define: write a colour such as #d33, or leave the colours to the themes."
			)
		);
	});
});
