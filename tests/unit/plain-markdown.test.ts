import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '@/content-model/plain-markdown';

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
});
