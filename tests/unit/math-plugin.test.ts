import { describe, expect, it } from 'vitest';
import { HAS_MATH } from '@/features/math/frontmatter-flag';
import { mathPlugin } from '@/features/math/plugin';
import { renderMarkdown } from '../helpers/markdown';

const FILE = new URL('file:///site/content/blog/percentiles.md');
const render = (markdown: string) =>
	renderMarkdown(markdown, [mathPlugin], { fileURL: FILE, siteSyntax: true });

describe('mathPlugin, through the Markdown renderer', () => {
	it('turns $…$ into inline MathML and flags the document as having math', async () => {
		const { html, frontmatter } = await render('The square $x^2$ grows.');
		expect(html.trim()).toBe(
			'<p>The square <math><msup><mi>x</mi><mn class="tml-sml-pad">2</mn></msup></math> grows.</p>'
		);
		expect(frontmatter[HAS_MATH]).toBe(true);
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
		expect(frontmatter[HAS_MATH]).toBeUndefined();
	});

	it('fails on a formula that does not parse, naming the file and its line', async () => {
		await expect(render('# Title\n\nThe mean is $\\frac{1}{n \\sum x_i$ here.')).rejects.toThrow(
			/percentiles\.md:3: the formula \$\\frac\{1\}\{n \\sum x_i\$ does not parse: Unexpected end of input/
		);
	});
});
