import { describe, expect, it } from 'vitest';
import { stripActiveContent } from '@/features/feeds/sanitize';
import { parseHtml } from '../helpers/parse-html';

describe('stripActiveContent', () => {
	it('removes scripts, frames, embeds, forms and styles with their content', () => {
		const html = stripActiveContent(
			'<p>Before</p><script>steal()</script><iframe src="https://e.com/x"></iframe><object data="x.swf"></object><embed src="x.swf"><form action="https://e.com"><input name="q"></form><style>p{}</style><p>After</p>'
		);
		expect(html).toBe('<p>Before</p><p>After</p>');
	});

	it('removes event handlers and script URLs, keeping the element and its text', () => {
		const page = parseHtml(
			stripActiveContent(
				'<a href="javascript:alert(1)" onclick="x()">one</a> <a href=" JaVaScRiPt:alert(1)">two</a> <img src="https://e.com/a.png" alt="A" onerror="x()"> <a href="data:text/html,<script>x()</script>">three</a>'
			)
		);
		expect(page.querySelectorAll('a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
			['one', undefined],
			['two', undefined],
			['three', undefined],
		]);
		expect(page.querySelector('img')?.attributes).toEqual({ src: 'https://e.com/a.png', alt: 'A' });
	});

	it('keeps what articles are made of: links, images, code, tables, footnotes', () => {
		const html =
			'<h2 id="setup">Setup</h2><p>See <a href="https://example.com/">this</a><sup><a href="#fn-1" id="ref-1" data-footnote-ref aria-describedby="label">1</a></sup>.</p><figure><img src="https://e.com/a.png" srcset="https://e.com/a.png 1x" alt="A" width="10" height="10" loading="lazy" decoding="async"><figcaption>A</figcaption></figure><pre class="astro-code" tabindex="0" data-language="ts"><code><span class="line">const a = 1;</span></code></pre><table><thead><tr><th style="text-align:right">n</th></tr></thead><tbody><tr><td style="text-align:right">1</td></tr></tbody></table>';
		expect(stripActiveContent(html)).toBe(html.replace('decoding="async">', 'decoding="async" />'));
	});

	it('keeps MathML and drawing SVG, without SVG that loads or runs anything', () => {
		const page = parseHtml(
			stripActiveContent(
				'<math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math><svg viewBox="0 0 10 10" onload="x()"><path d="M0 0L10 10" stroke="currentColor"/><use href="https://e.com/x.svg#a"/><foreignObject><p>label</p></foreignObject><animate attributeName="href" to="javascript:x()"/><script>x()</script></svg>'
			)
		);
		expect(page.querySelector('math')?.getAttribute('display')).toBe('block');
		expect(page.querySelector('mfrac mi')?.text).toBe('a');
		expect(page.querySelector('svg')?.attributes).toEqual({ viewbox: '0 0 10 10' });
		expect(page.querySelector('svg path')?.getAttribute('d')).toBe('M0 0L10 10');
		expect(page.querySelectorAll('use, foreignobject, animate, script')).toHaveLength(0);
	});
});
