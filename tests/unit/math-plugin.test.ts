import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mathPlugin } from '@/features/math/plugin';
import { renderMarkdown } from '../helpers/markdown';

// A file of the project that is not on disk, so its body starts at line 1 of the file.
const FILE = new URL('content/blog/percentiles.md', pathToFileURL(`${process.cwd()}/`));
const render = (markdown: string) =>
	renderMarkdown(markdown, [mathPlugin], { fileURL: FILE, siteSyntax: true });

describe('mathPlugin, through the Markdown renderer', () => {
	it('turns $…$ into inline MathML and flags the document as having math', async () => {
		const { html, frontmatter } = await render('The square $x^2$ grows.');
		expect(html.trim()).toBe(
			'<p>The square <math><msup><mi>x</mi><mn class="tml-sml-pad">2</mn></msup></math> grows.</p>'
		);
		// Pages read it as remarkPluginFrontmatter.hasMath.
		expect(frontmatter).toEqual({ hasMath: true });
	});

	it('turns $$…$$ and a math fence into display math in a scrolling box', async () => {
		for (const markdown of ['$$\n\\frac{a}{b}\n$$', '```math\n\\frac{a}{b}\n```']) {
			const { html } = await render(markdown);
			expect(html.trim(), markdown).toBe(
				'<div class="math-display"><math display="block" class="tml-display"><mfrac><mi>a</mi><mi>b</mi></mfrac></math></div>'
			);
		}
	});

	it('leaves other code, inline code and documents without math alone', async () => {
		const { html, frontmatter } = await render('Some `x^2` here.\n\n```js\nconst x = 2;\n```');
		expect(html).not.toContain('<math');
		expect(html).toContain('<code>x^2</code>');
		expect(html).toContain('<code class="language-js">const x = 2;\n</code>');
		expect(frontmatter).toEqual({});
	});

	it('fails on a formula that does not parse, naming the file and its line', async () => {
		await expect(render('# Title\n\nThe mean is $\\frac{1}{n \\sum x_i$ here.')).rejects.toThrow(
			/percentiles\.md:3: the formula \$\\frac\{1\}\{n \\sum x_i\$ does not parse: Unexpected end of input/
		);
	});

	it('names the line of a multi-line formula where the TeX stops parsing', async () => {
		await expect(render('# Title\n\n$$\n\\frac{1}{2}\n+ \\nosuch\n$$')).rejects.toThrow(
			new Error(
				'content/blog/percentiles.md:5: the formula $$\\frac{1}{2} + \\nosuch$$ does not parse: Unsupported function name: \\nosuch. Fix the TeX, or write \\$ for a dollar sign that is not math.'
			)
		);
	});

	it('names the line of the formula, not of the same TeX written earlier as code', async () => {
		await expect(
			render('Write `\\frac{1}{n` with care.\n\nThe mean is $\\frac{1}{n$ here.')
		).rejects.toThrow(
			/^content\/blog\/percentiles\.md:3: the formula \$\\frac\{1\}\{n\$ does not parse/
		);
	});

	it('names the fence of a multi-line formula in a quote, whose TeX the > lines interrupt', async () => {
		await expect(
			render('Intro.\n\n> Quoted:\n>\n> ```math\n> \\frac{1}{2}\n> + \\nosuch\n> ```')
		).rejects.toThrow(
			/^content\/blog\/percentiles\.md:5: the formula \$\$\\frac\{1\}\{2\} \+ \\nosuch\$\$ does not parse/
		);
	});
});
