import { describe, expect, it } from 'vitest';
import { checkDiagrams, checkFormulas } from '@/features/doctor/math-and-diagram-checks';
import { outlineMarkdown } from '@/features/doctor/markdown-outline';

const body = [
	'',
	'Inline $p_{99}$ and a broken $\\frac{1}{n$ formula.',
	'',
	'$$',
	'a = b',
	'  + \\nosuch',
	'$$',
	'',
	'```mermaid title="Fine"',
	'graph TD',
	'  A --> B',
	'```',
	'',
	'```mermaid',
	'accTitle: Broken',
	'graph TD',
	'  A --> B[Open',
	'```',
].join('\n');

describe('math and diagram checks of the doctor', () => {
	it('reads formulas and diagrams with their file lines, in Markdown and MDX alike', () => {
		for (const format of ['md', 'mdx'] as const) {
			const outline = outlineMarkdown(body, format, 5);
			expect(outline.formulas).toEqual([
				{ tex: 'p_{99}', display: false, line: 7 },
				{ tex: '\\frac{1}{n', display: false, line: 7 },
				{ tex: 'a = b\n  + \\nosuch', display: true, line: 10 },
			]);
			expect(outline.diagrams.map(({ meta, line }) => ({ meta, line }))).toEqual([
				{ meta: 'title="Fine"', line: 14 },
				{ meta: undefined, line: 19 },
			]);
		}
	});

	it('reports each formula that does not parse and each bad diagram at the line the build names', () => {
		const outline = outlineMarkdown(body, 'md', 5);
		expect(checkFormulas(outline.formulas)).toEqual([
			{
				severity: 'error',
				line: 7,
				rule: 'math',
				message:
					"the formula $\\frac{1}{n$ does not parse: Unexpected end of input in a macro argument, expected '}'. Fix the TeX, or write \\$ for a dollar sign that is not math.",
			},
			expect.objectContaining({ line: 11, rule: 'math' }),
		]);
		const [diagram, ...more] = checkDiagrams(outline.diagrams);
		expect(more).toEqual([]);
		expect(diagram).toMatchObject({ severity: 'error', line: 22, rule: 'diagram' });
		expect(diagram?.message).toContain('does not understand "A --> B[Open"');
	});

	it('checks a formula in the mode it is shown in: \\tag only works in a displayed one', () => {
		const outline = outlineMarkdown(
			'$$\nE = mc^2 \\tag{1}\n$$\n\nInline $E = mc^2 \\tag{1}$ fails.\n',
			'md',
			0
		);
		expect(checkFormulas(outline.formulas)).toEqual([
			{
				severity: 'error',
				line: 5,
				rule: 'math',
				message:
					'the formula $E = mc^2 \\tag{1}$ does not parse: \\tag works only in display mode. Fix the TeX, or write \\$ for a dollar sign that is not math.',
			},
		]);
	});
});
