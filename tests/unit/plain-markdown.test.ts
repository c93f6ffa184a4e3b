import { describe, expect, it } from 'vitest';
import { markdownToMdast, type MdastNode } from 'satteri';
import { isPlainMarkdown } from '@/content-model/plain-markdown';
import { MARKDOWN_FEATURES } from '@/markdown/features';

describe('isPlainMarkdown', () => {
	it('accepts Markdown with headings, lists, tables, links, emphasis and code', () => {
		const body = [
			'## Measuring it',
			'',
			'Some **bold** text, a [link](/blog/x/), a `code span with <tags> and {braces}`.',
			'',
			'- a list item',
			'- another, with ``double `backtick` code``',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'> a quote',
			'',
			'```ts',
			'const x: Array<{ id: string }> = [];',
			'```',
			'',
			'~~~~html',
			'<div class="x">{y}</div>',
			'```',
			'still code: the fence above is not closed by three backticks',
			'~~~~',
		].join('\n');
		expect(isPlainMarkdown(body)).toBe(true);
	});

	it('sends JSX, expressions and ESM to MDX', () => {
		expect(isPlainMarkdown('Text\n\n<Callout type="tip">Hi</Callout>\n')).toBe(false);
		expect(isPlainMarkdown('Inline <abbr title="x">HTML</abbr> too.')).toBe(false);
		expect(isPlainMarkdown('The year is {new Date().getFullYear()}.')).toBe(false);
		expect(isPlainMarkdown('{/* a comment */}')).toBe(false);
		expect(isPlainMarkdown("import Chart from './chart.astro';\n\n# Hi")).toBe(false);
		expect(isPlainMarkdown('export const meta = 1;')).toBe(false);
	});

	it('sends what MDX reads differently from Markdown to MDX', () => {
		expect(isPlainMarkdown('See <https://example.com>.')).toBe(false);
		expect(isPlainMarkdown('<!-- a comment -->')).toBe(false);
		expect(isPlainMarkdown('Para\n\n    indented code\n')).toBe(false);
		expect(isPlainMarkdown('Para\n\n\tindented code\n')).toBe(false);
		expect(isPlainMarkdown('a < b and c > d')).toBe(false);
	});

	it('treats an unclosed code span as text, so its braces count', () => {
		expect(isPlainMarkdown('An odd ` backtick and {braces}')).toBe(false);
	});

	it('sends components after prose that mentions a fence to MDX, so they are not shown as text', () => {
		expect(isPlainMarkdown('Open a block with ``` and a language.\n\n<Chart data="x" />')).toBe(
			false
		);
		expect(isPlainMarkdown('Text ~~~ text\n\n{frontmatter.title}')).toBe(false);
	});

	it('opens a fence indented by up to three spaces, not four', () => {
		expect(isPlainMarkdown('   ```\n<Inside />\n   ```')).toBe(true);
		expect(isPlainMarkdown('Para\n\n    ```\n    code\n    ```')).toBe(false);
	});

	it('closes a fence only with a line that holds nothing but the fence', () => {
		expect(isPlainMarkdown('```\n``` not a close\n<Inside />\n```')).toBe(true);
		expect(isPlainMarkdown('```\ncode\n```  \n<After />')).toBe(false);
		expect(isPlainMarkdown('~~~\n```\n<Inside />\n~~~\n<After />')).toBe(false);
	});

	it('reads Windows line endings like Unix ones', () => {
		expect(isPlainMarkdown('```\r\n<Inside />\r\n```\r\nText.')).toBe(true);
		expect(isPlainMarkdown('Text.\r\nexport const a = 1;')).toBe(false);
	});

	it('lets prose mention import and export, and a blank line hold spaces', () => {
		expect(isPlainMarkdown('important: exports grew.\n\n    \nImport duties apply.')).toBe(true);
	});

	it('keeps a fence open until a fence of the same kind and length closes it', () => {
		expect(isPlainMarkdown('````md\n```\n<Inside />\n````\n')).toBe(true);
		expect(isPlainMarkdown('```\ncode\n```\n<After />')).toBe(false);
	});

	it('reads braces inside math as TeX, in spans and in $$ blocks, but not after an escaped dollar', () => {
		expect(isPlainMarkdown('The cost is $x^{2} + y_{i}$, or $$\\frac{a}{b}$$ inline.')).toBe(true);
		expect(isPlainMarkdown('$$\n\\frac{1}{2}\n$$\n\nAfter {it}.')).toBe(false);
		expect(isPlainMarkdown('$$\n\\frac{1}{2}\n$$\n\nAfter it.')).toBe(true);
		expect(isPlainMarkdown('A price of \\$5 {and} $10.')).toBe(false);
		expect(isPlainMarkdown('`$` and {braces} and `$`')).toBe(false);
		// An unclosed block would end with its list item, which is not followed.
		expect(isPlainMarkdown('- item\n\n  $$\n  x^{2}\n')).toBe(false);
	});

	it('does not close a fence at a line that only ends with a fence', () => {
		expect(isPlainMarkdown('```sh\necho ```\n<Inside />\n```')).toBe(true);
	});

	it('does not close a tilde fence with backticks', () => {
		expect(isPlainMarkdown('~~~\n```\n~~~\n<After />')).toBe(false);
	});

	it('opens a fence with three tildes or more, not with one', () => {
		expect(isPlainMarkdown('~ a note with {braces}')).toBe(false);
	});

	it('reads $$ with text after it on the same line as text, not as a math block', () => {
		expect(isPlainMarkdown('$$ x^{2} $$ and {y}')).toBe(false);
		expect(isPlainMarkdown('$$\\frac{1}{2}\n$$\n\nAfter.')).toBe(false);
	});

	it('reads indented code only at the start of a line, and import or export only there', () => {
		expect(isPlainMarkdown(' One space in front, and    four\tinside.')).toBe(true);
		expect(isPlainMarkdown('Teams that export data, and import it again.')).toBe(true);
	});

	it('reads code spans of two backticks, braces and all', () => {
		expect(isPlainMarkdown('Write ``{`x`}`` in JSX.')).toBe(true);
	});

	it('never calls a line plain when Sätteri would leave a brace or < outside code and math', () => {
		// Lines of the characters that matter, drawn by a seeded generator: each line called plain
		// must have all its braces inside a code or math node of Sätteri's own parse.
		const alphabet = ['$', '$', '`', '{', '}', 'x', ' ', '\\', '<'];
		let seed = 42;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		let plainLines = 0;
		for (let run = 0; run < 3000; run++) {
			const line = Array.from(
				{ length: 3 + Math.floor(random() * 12) },
				() => alphabet[Math.floor(random() * alphabet.length)]
			).join('');
			if (!isPlainMarkdown(line)) continue;
			plainLines++;
			const literal = literalRanges(markdownToMdast(line, { features: MARKDOWN_FEATURES }));
			[...line].forEach((character, offset) => {
				if (!'{}<'.includes(character)) return;
				expect(
					literal.some(([start, end]) => start <= offset && offset < end),
					line
				).toBe(true);
			});
		}
		expect(plainLines).toBeGreaterThan(100);
	});
});

/** Offsets covered by code and math nodes, whose text MDX keeps as written. */
function literalRanges(node: MdastNode): [number, number][] {
	const own: [number, number][] =
		['inlineCode', 'inlineMath', 'math', 'code'].includes(node.type) && node.position
			? [[node.position.start.offset ?? 0, node.position.end.offset ?? 0]]
			: [];
	const children = 'children' in node ? (node.children as MdastNode[]) : [];
	return [...own, ...children.flatMap(literalRanges)];
}
