import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseRss } from '../helpers/feeds';
import { extrasSite } from '../helpers/fixture-site';
import { parseHtml } from '../helpers/parse-html';

const MARKDOWN = '/blog/math-in-markdown/';
const PLAIN_MDX = '/blog/math-in-plain-mdx/';
const COMPONENT_MDX = '/blog/math-and-diagram-in-mdx/';
const DIAGRAMS = '/blog/diagrams/';
const WITHOUT = '/blog/no-extras/';

const bodyOf = (path: string) => {
	const body = extrasSite.page(path).querySelector('.prose');
	if (!body) throw new Error(`${path} has no article body`);
	return body;
};
const stylesheetsOf = (path: string) =>
	extrasSite
		.page(path)
		.querySelectorAll('link[rel=stylesheet]')
		.map((link) => link.getAttribute('href') ?? '');
const scriptsOf = (path: string) =>
	extrasSite
		.page(path)
		.querySelectorAll('script')
		// Structured data for crawlers is not run, and differs from page to page.
		.filter((script) => script.getAttribute('type') !== 'application/ld+json')
		.map((script) => script.getAttribute('src') ?? script.text);

describe('math', () => {
	it('becomes MathML in Markdown, plain MDX and MDX with components, braces and all', () => {
		const markdown = bodyOf(MARKDOWN);
		expect(markdown.querySelectorAll('math')).toHaveLength(6);
		expect(markdown.querySelectorAll('.math-display > math[display=block]')).toHaveLength(2);
		// p_{99}: a subscript of the two digits, not "p_" and an expression.
		expect(markdown.querySelector('math msub')?.text).toBe('p99');
		expect(markdown.text).toContain('A price of $5 is not math.');
		expect(markdown.querySelector('code')?.text).toBe('echo $HOME');
		const plain = bodyOf(PLAIN_MDX);
		expect(plain.querySelector('math msup')?.text).toBe('x2');
		expect(plain.querySelectorAll('math[display=block] mfrac')).toHaveLength(1);
		expect(bodyOf(COMPONENT_MDX).querySelector('math mfrac')?.text).toBe('11−p');
		for (const path of [MARKDOWN, PLAIN_MDX, COMPONENT_MDX]) {
			expect(bodyOf(path).querySelectorAll('code.language-math'), path).toHaveLength(0);
			expect(bodyOf(path).text, path).not.toMatch(/\$[^$]*[\\^_{]/);
		}
	});

	it('adds no script and no style attribute: the page runs what a page without math runs', () => {
		for (const path of [MARKDOWN, PLAIN_MDX]) {
			expect(scriptsOf(path).sort(), path).toEqual(scriptsOf(WITHOUT).sort());
			expect(
				bodyOf(path)
					.querySelectorAll('math, math *')
					.filter((node) => node.hasAttribute('style')),
				path
			).toEqual([]);
		}
	});

	it('links the math stylesheet on pages with math only, a small file with no font', () => {
		const pages = extrasSite.files().filter((file) => file.endsWith('.html'));
		const mathSheet = stylesheetsOf(MARKDOWN).find(
			(href) => !stylesheetsOf(WITHOUT).includes(href)
		);
		expect(mathSheet).toMatch(/^\/_astro\/math\.[\w-]+\.css$/);
		for (const file of pages) {
			const hasMath = extrasSite.read(file).includes('<math');
			expect(stylesheetsOf(`/${file}`).includes(mathSheet ?? ''), file).toBe(hasMath);
		}
		const css = extrasSite.read((mathSheet ?? '').slice(1));
		// Only data: URLs (the arrow of Temml's \\cancelto): no font or other file to fetch.
		expect(css.replace(/url\("data:[^"]*"\)/g, '')).not.toMatch(/@font-face|url\(/);
		expect(css).toMatch(/math\.tml-display\{display:block math\}/);
		expect(gzipSync(css, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
	});

	it('reaches feed readers as MathML', () => {
		const item = parseRss(extrasSite.read('rss.xml')).item.find(
			({ title }) => title === 'Math in Markdown'
		);
		const content = parseHtml(item?.['content:encoded'] ?? '');
		expect(content.querySelectorAll('math')).toHaveLength(6);
		expect(content.querySelector('math[display=block] msub')?.text).toBe('tk');
	});
});

describe('diagrams', () => {
	it('become inline SVG named by their caption, in Markdown and in MDX with components', () => {
		for (const [path, caption] of [
			[COMPONENT_MDX, 'Webhook retries'],
			[DIAGRAMS, 'Order states'],
		] as const) {
			const figure = bodyOf(path).querySelector('figure.diagram');
			const svg = figure?.querySelector('svg[role=img]');
			const captionId = svg?.getAttribute('aria-labelledby') ?? '';
			expect(figure?.querySelector(`figcaption#${captionId}`)?.text, path).toBe(caption);
			expect(bodyOf(path).querySelectorAll('pre, code.language-mermaid'), path).toHaveLength(0);
		}
		expect(
			bodyOf(COMPONENT_MDX)
				.querySelectorAll('svg text')
				.map((text) => text.text)
		).toEqual(
			expect.arrayContaining([
				'Provider sends event',
				'Processed?',
				'Answer 200',
				'Retry later',
				'Yes',
				'No',
			])
		);
	});

	it('names a diagram by accTitle and describes it by accDescr, for screen readers only', () => {
		const svg = bodyOf(DIAGRAMS).querySelectorAll('figure.diagram svg')[1];
		expect(svg?.getAttribute('aria-label')).toBe('Provider and app exchange');
		const description = svg?.querySelector(`#${svg.getAttribute('aria-describedby') ?? ''}`);
		expect(description?.tagName.toLowerCase()).toBe('desc');
		expect(description?.text).toBe('The provider posts an event and the app answers 200.');
		expect(
			bodyOf(DIAGRAMS).querySelectorAll('figure.diagram')[1]?.querySelector('figcaption')
		).toBeNull();
	});

	it('keeps author text as text: a label with <script> is escaped, and the SVG holds no script or style', () => {
		const html = extrasSite.read('blog/diagrams/index.html');
		expect(html).toContain('POST &lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"');
		for (const svg of bodyOf(DIAGRAMS).querySelectorAll('svg')) {
			expect(svg.querySelectorAll('script, style, foreignObject')).toHaveLength(0);
			expect(
				[svg, ...svg.querySelectorAll('*')].filter((node) => node.hasAttribute('style'))
			).toEqual([]);
		}
	});

	it('gives each diagram on a page its own ids, and every reference points into its own diagram', () => {
		const svgs = bodyOf(DIAGRAMS).querySelectorAll('figure.diagram svg');
		expect(svgs).toHaveLength(2);
		const ids = svgs.flatMap((svg) => svg.querySelectorAll('[id]').map((node) => node.id));
		expect(new Set(ids).size).toBe(ids.length);
		for (const svg of svgs) {
			const own = new Set(svg.querySelectorAll('[id]').map((node) => node.id));
			const references = [...svg.toString().matchAll(/url\(#([\w-]+)\)/g)].map(([, id]) => id);
			expect(references.length).toBeGreaterThan(0);
			for (const id of references) expect(own.has(id ?? ''), id).toBe(true);
		}
	});

	it('is coloured only by theme tokens that the light and the dark theme both set', () => {
		const css = extrasSite.read((stylesheetsOf(WITHOUT)[0] ?? '').slice(1));
		const light = css.slice(css.indexOf(':root{'), css.indexOf('}', css.indexOf(':root{')));
		const darkStart = css.indexOf(':root[data-theme=dark]{');
		const dark = css.slice(darkStart, css.indexOf('}', darkStart));
		const html = extrasSite.read('blog/diagrams/index.html');
		const svgs = html.slice(html.indexOf('<figure class="diagram"'), html.lastIndexOf('</figure>'));
		const colours = new Set(
			[...svgs.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map(([, value]) => value)
		);
		const tokens = new Set([...svgs.matchAll(/var\((--[\w-]+)/g)].map(([, token]) => token));
		expect(tokens.size).toBeGreaterThan(2);
		for (const token of tokens) {
			expect(light, token).toContain(`${token}:`);
			expect(dark, token).toContain(`${token}:`);
		}
		// Nothing hard-coded that would stay dark on the dark theme.
		for (const colour of colours)
			expect(colour, colour).toMatch(/^(none|var\(--[\w-]+, ?(currentColor|Canvas)\))$/);
	});
});
