import { describe, expect, it } from 'vitest';
import { describeSyntaxError, outlineMarkdown } from '@/features/doctor/markdown-outline';

describe('outlineMarkdown', () => {
	const body = [
		'',
		'## Setup',
		'',
		'See [the guide](/blog/guide/) and ![a chart](./chart.png).',
		'',
		'### Details',
		'',
		'[ref]: /blog/referenced/',
	].join('\n');

	it('adds the frontmatter lines to body lines, for Markdown and MDX alike', () => {
		for (const format of ['md', 'mdx'] as const) {
			const outline = outlineMarkdown(body, format, 5);
			expect(outline.headings).toEqual([
				{ depth: 2, text: 'Setup', line: 7 },
				{ depth: 3, text: 'Details', line: 11 },
			]);
			expect(outline.images).toEqual([{ url: './chart.png', alt: 'a chart', line: 9 }]);
			expect(outline.links).toEqual([
				{ url: '/blog/guide/', line: 9 },
				{ url: '/blog/referenced/', line: 13 },
			]);
		}
	});

	it('reads the plain text of alt text and headings', () => {
		const outline = outlineMarkdown('## Use `let` *now*\n\n![An **old** chart](x.png)', 'md', 0);
		expect(outline.headings[0]?.text).toBe('Use let now');
		expect(outline.images[0]?.alt).toBe('An old chart');
	});

	it('ignores heading-like lines inside code blocks', () => {
		const outline = outlineMarkdown('```sh\n# a comment\n```\n', 'md', 0);
		expect(outline.headings).toEqual([]);
	});

	it('reads the literal href of a JSX link in MDX', () => {
		const outline = outlineMarkdown('Text\n\n<a href="/blog/jsx/">JSX</a>\n', 'mdx', 2);
		expect(outline.links).toEqual([{ url: '/blog/jsx/', line: 5, isJsx: true }]);
	});

	it('keeps raw HTML and JSX elements with their lines, for the active-content check', () => {
		const md = outlineMarkdown('Text\n\n<iframe src="x"></iframe>\n', 'md', 1);
		expect(md.rawHtml).toEqual([{ html: '<iframe src="x"></iframe>', line: 4 }]);
		const mdx = outlineMarkdown('<Note kind="tip" open={true}>Hi</Note>\n', 'mdx', 0);
		expect(mdx.elements).toEqual([
			{
				name: 'Note',
				attributes: [
					{ name: 'kind', value: 'tip' },
					{ name: 'open', value: undefined },
				],
				line: 1,
			},
		]);
	});

	it('lists every kind of link in file order, JSX links inside a paragraph included', () => {
		const body = [
			'[ref]: /definition/',
			'',
			'<a href="/block/">block</a>',
			'',
			'See [a link](/inline/), <a href="/in-text/">a JSX link</a> and [ref].',
			'',
			'<a href={computed}>x</a> <a title="no href">y</a> <Link href="/component/">z</Link>',
		].join('\n');
		expect(outlineMarkdown(body, 'mdx', 10).links).toEqual([
			{ url: '/definition/', line: 11 },
			{ url: '/block/', line: 13, isJsx: true },
			{ url: '/inline/', line: 15 },
			{ url: '/in-text/', line: 15, isJsx: true },
		]);
	});

	it('gives an image without alt text an empty alt', () => {
		expect(outlineMarkdown('![](chart.png)', 'md', 0).images).toEqual([
			{ url: 'chart.png', alt: '', line: 1 },
		]);
	});

	it('reports invalid MDX at its file line instead of throwing', () => {
		const outline = outlineMarkdown('Text\n\n<Callout>\nNever closed.\n', 'mdx', 4);
		expect(outline.syntaxError?.line).toBe(7);
		expect(outline.syntaxError?.message).toMatch(/closing tag for `<Callout>` \(line 7\)/);
	});

	it('gives no outline of an invalid body, and file lines of two digits in the message', () => {
		const paragraphs = Array.from({ length: 11 }, (_, index) => `Paragraph ${index}.`);
		const body = [...paragraphs, '<Callout>', 'Text', '', 'More text, then <Aside>'].join('\n\n');
		expect(outlineMarkdown(`## Heading\n\n${body}\n`, 'mdx', 10)).toEqual({
			headings: [],
			images: [],
			links: [],
			formulas: [],
			diagrams: [],
			rawHtml: [],
			elements: [],
			alerts: [],
			syntaxError: {
				line: 41,
				message:
					'Expected a closing tag for `<Aside>` (line 41) before the end of `paragraph` (mdx-jsx:unexpected-character)',
			},
		});
	});

	it('reads JSX-like text in a .md file as plain Markdown', () => {
		expect(outlineMarkdown('Text <Callout>\n', 'md', 0).syntaxError).toBeUndefined();
	});

	it('reads inline, display and fenced formulas, and Mermaid diagrams with their title, but no other code', () => {
		const body = [
			'Inline $E = mc^2$ here.',
			'',
			'$$',
			'a^2 + b^2',
			'$$',
			'',
			'```math',
			'x \\over y',
			'```',
			'',
			'```mermaid title="Flow"',
			'graph TD',
			'  A --> B',
			'```',
			'',
			'```js',
			'let x;',
			'```',
		].join('\n');
		const outline = outlineMarkdown(body, 'md', 2);
		expect(outline.formulas).toEqual([
			{ tex: 'E = mc^2', display: false, line: 3 },
			{ tex: 'a^2 + b^2', display: true, line: 6 },
			{ tex: 'x \\over y', display: true, line: 10 },
		]);
		expect(outline.diagrams).toEqual([
			{ block: 'graph TD\n  A --> B', meta: 'title="Flow"', line: 13 },
		]);
	});

	it('gives a formula written twice the line of each occurrence', () => {
		expect(outlineMarkdown('Let $x$ be a number.\n\nThen $x$ grows.\n', 'md', 0).formulas).toEqual([
			{ tex: 'x', display: false, line: 1 },
			{ tex: 'x', display: false, line: 3 },
		]);
	});

	it('reads an alert only from a marker that opens the first paragraph of a quote', () => {
		const body = [
			'> [!NOTE]',
			'> A note.',
			'',
			'> Just a quote.',
			'',
			'> - [!TIP] in a list',
			'',
			'> *[!TIP]* emphasised',
			'',
			'>',
			'',
			'> [!WARNING]',
		].join('\n');
		expect(outlineMarkdown(body, 'md', 4).alerts).toEqual([
			{ type: 'note', line: 5 },
			{ type: 'warning', line: 16 },
		]);
	});

	it('skips fragments and spread attributes of JSX, which name nothing to check', () => {
		const body = '<>Fragment</>\n\n<Note {...props} kind="tip" />\n';
		expect(outlineMarkdown(body, 'mdx', 0).elements).toEqual([
			{ name: 'Note', attributes: [{ name: 'kind', value: 'tip' }], line: 3 },
		]);
	});
});

describe('describeSyntaxError', () => {
	it('turns the body positions of an MDX error into file lines', () => {
		expect(
			describeSyntaxError(
				new Error(
					'4:1: Expected a closing tag for `<Callout>` (2:1) before the end of `paragraph`'
				),
				10
			)
		).toEqual({
			line: 14,
			message: 'Expected a closing tag for `<Callout>` (line 12) before the end of `paragraph`',
		});
	});

	it('points an error without a leading position at the first line of the body', () => {
		expect(describeSyntaxError(new Error('Unexpected end of file in expression'), 3)).toEqual({
			line: 4,
			message: 'Unexpected end of file in expression',
		});
		expect(describeSyntaxError('Could not parse the expression at 2:5: x', 0)).toEqual({
			line: 1,
			message: 'Could not parse the expression at 2:5: x',
		});
	});
});
