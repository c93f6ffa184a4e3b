import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFormulaError, FormulaError, renderFormula } from '@/features/math/math';

describe('renderFormula', () => {
	it('writes inline math as a <math> element and display math as block math', () => {
		expect(renderFormula('x^{2}', { display: false })).toMatch(
			/^<math><msup><mi>x<\/mi><mn[^>]*>2<\/mn><\/msup><\/math>$/
		);
		const display = renderFormula('\\frac{a}{b}', { display: true });
		expect(display).toMatch(/^<math display="block" class="tml-display">/);
		expect(display).toContain('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
	});

	it('turns the style attributes of matrices, boxes and tags into classes math.css styles', () => {
		const css = readFileSync('src/features/math/math.css', 'utf8');
		for (const tex of [
			'\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}',
			'\\boxed{x}',
			'\\begin{equation}x\\end{equation}',
			'\\hat{x}',
			'\\colorbox{yellow}{x}',
		]) {
			const mathml = renderFormula(tex, { display: true });
			expect(mathml, tex).not.toMatch(/\sstyle=/);
			const classes = [...mathml.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, names]) =>
				names!.split(' ')
			);
			for (const name of classes.filter(
				(found) =>
					found.startsWith('tml-') && /-(?:0|col|1em|3pt|03em|full|half)$|border/.test(found)
			)) {
				expect(css, `${tex}: .${name}`).toContain(`.${name} {`);
			}
		}
		expect(renderFormula('\\boxed{x}', { display: false })).toBe(
			'<math><mrow class="tml-p-3pt tml-border" scriptlevel="0" displaystyle="true"><mi>x</mi></mrow></math>'
		);
	});

	it('fails on a command whose inline style no class gives, naming the style', () => {
		expect(() => renderFormula('\\color{red}{x}', { display: false })).toThrow(
			/inline style "color:#ff0000".*Content-Security-Policy/
		);
	});

	it('leaves out the style attribute Temml puts on display math, which the CSP would refuse', () => {
		expect(renderFormula('\\sum_{i=1}^{n} i', { display: true })).not.toContain('style=');
	});

	it('throws a FormulaError with the reason and the offset in the TeX', () => {
		const error = (() => {
			try {
				renderFormula('a + \\nosuchcommand', { display: false });
			} catch (caught) {
				return caught;
			}
			throw new Error('expected a FormulaError');
		})();
		expect(error).toBeInstanceOf(FormulaError);
		expect((error as FormulaError).message).toBe('Unsupported function name: \\nosuchcommand');
		expect((error as FormulaError).offset).toBe(4);
	});

	it('turns a crash of the renderer on malformed TeX into a FormulaError too', () => {
		expect(() => renderFormula('x^^2', { display: false })).toThrow(
			new FormulaError(
				"it is not valid TeX (the math renderer failed: Cannot read properties of null (reading 'type'))",
				undefined
			)
		);
	});

	it('keeps the reason apart from a position of several digits', () => {
		expect(() => renderFormula('\\frac{1234567890}{\\nosuch}', { display: false })).toThrow(
			new FormulaError('Unsupported function name: \\nosuch', 18)
		);
	});

	it('is an error named FormulaError, as a stack trace shows it', () => {
		expect(String(new FormulaError('Expected }', 9))).toBe('FormulaError: Expected }');
	});

	it('adds the classes of a style to the classes Temml gave the element', () => {
		expect(renderFormula('\\begin{cases}a & b\\end{cases}', { display: false })).toBe(
			'<math><mrow><mo fence="true" form="prefix" stretchy="true">{</mo><mtable>' +
				'<mtr><mtd class="tml-left tml-pl-0 tml-pr-0"><mi>a</mi></mtd>' +
				'<mtd class="tml-left tml-pl-1em tml-pr-0"><mi>b</mi></mtd></mtr>' +
				'</mtable><mo fence="true" form="postfix" stretchy="true"></mo></mrow></math>'
		);
	});

	it('refuses \\href and other commands that would need trust, instead of drawing them in red', () => {
		expect(() => renderFormula('\\href{javascript:alert(1)}{x}', { display: false })).toThrow(
			'Unsupported function name: \\href'
		);
	});
});

describe('describeFormulaError', () => {
	it('shows the formula as written, with its delimiters, and how to fix it', () => {
		expect(describeFormulaError('\\frac{1}{', true, new FormulaError('Expected }', 9))).toBe(
			'the formula $$\\frac{1}{$$ does not parse: Expected }. Fix the TeX, or write \\$ for a dollar sign that is not math.'
		);
		expect(
			describeFormulaError(`${'x + '.repeat(30)}y`, false, new FormulaError('Oops', 0))
		).toMatch(/^the formula \$x \+ x .{40,}…\$ does not parse: Oops\./);
	});

	it('shows the formula on one line, and cuts it after 57 characters when it is longer than 60', () => {
		const error = new FormulaError('Expected }', 9);
		expect(describeFormulaError('\n  \\frac{1}{\n  n  \\sum x\n', true, error)).toBe(
			'the formula $$\\frac{1}{ n \\sum x$$ does not parse: Expected }. Fix the TeX, or write \\$ for a dollar sign that is not math.'
		);
		const sixty = 'a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9 + a_{10}';
		expect(sixty).toHaveLength(60);
		expect(describeFormulaError(sixty, false, error)).toMatch(
			/^the formula \$a_1 \+ .* \+ a_\{10\}\$ does/
		);
		expect(describeFormulaError(`${sixty} + b`, false, error)).toMatch(
			/^the formula \$a_1 \+ a_2 \+ a_3 \+ a_4 \+ a_5 \+ a_6 \+ a_7 \+ a_8 \+ a_9 \+ a_\{…\$ does/
		);
	});
});

describe('math.css', () => {
	it('styles every class that Temml’s own stylesheet styles, without its font', () => {
		const classesOf = (css: string) =>
			new Set(
				[...css.replace(/\/\*[\s\S]*?\*\/|url\([^)]*\)/g, '').matchAll(/\.([a-z][\w-]*)/g)].map(
					([, name]) => name ?? ''
				)
			);
		const temml = classesOf(readFileSync('node_modules/temml/dist/Temml-Local.css', 'utf8'));
		const ours = readFileSync('src/features/math/math.css', 'utf8');
		// These two only pick Temml's own font (script capitals, primes), which math pages do not load.
		const fontOnly = new Set(['mathscr', 'tml-prime']);
		const missing = [...temml].filter((name) => !fontOnly.has(name) && !classesOf(ours).has(name));
		expect(temml.size).toBeGreaterThan(20);
		expect(missing).toEqual([]);
		const rules = ours.replace(/\/\*[\s\S]*?\*\/|url\("data:[^"]*"\)/g, '');
		expect(rules).not.toMatch(/@font-face|url\(/);
	});
});
