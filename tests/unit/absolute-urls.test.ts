import { describe, expect, it } from 'vitest';
import { makeUrlsAbsolute } from '@/features/feeds/absolute-urls';

const PAGE = 'https://example.com/blog/typescript-tips/';

describe('makeUrlsAbsolute', () => {
	it('resolves a root-relative href against the origin', () => {
		expect(makeUrlsAbsolute('<a href="/tags/web/">web</a>', PAGE)).toBe(
			'<a href="https://example.com/tags/web/">web</a>'
		);
	});

	it('resolves a fragment link against the page URL', () => {
		expect(makeUrlsAbsolute('<a href="#setup">Setup</a>', PAGE)).toBe(
			'<a href="https://example.com/blog/typescript-tips/#setup">Setup</a>'
		);
	});

	it('resolves a document-relative src against the page URL', () => {
		expect(makeUrlsAbsolute('<img src="./cover.png" alt="">', PAGE)).toBe(
			'<img src="https://example.com/blog/typescript-tips/cover.png" alt="">'
		);
		expect(makeUrlsAbsolute('<img src="../other/x.png">', PAGE)).toBe(
			'<img src="https://example.com/blog/other/x.png">'
		);
	});

	it('resolves every candidate of a srcset and keeps its descriptor', () => {
		expect(
			makeUrlsAbsolute(
				'<img srcset="/_astro/a.webp 1x,./b.webp   2x, https://cdn.example.org/c.webp 3x">',
				PAGE
			)
		).toBe(
			'<img srcset="https://example.com/_astro/a.webp 1x, https://example.com/blog/typescript-tips/b.webp 2x, https://cdn.example.org/c.webp 3x">'
		);
	});

	it('resolves a video poster and src', () => {
		expect(makeUrlsAbsolute('<video poster="/p.jpg" src="v.mp4"></video>', PAGE)).toBe(
			'<video poster="https://example.com/p.jpg" src="https://example.com/blog/typescript-tips/v.mp4"></video>'
		);
	});

	it('gives a protocol-relative URL the page scheme', () => {
		expect(makeUrlsAbsolute('<script src="//cdn.example.org/a.js"></script>', PAGE)).toBe(
			'<script src="https://cdn.example.org/a.js"></script>'
		);
	});

	it('leaves absolute, mailto, tel and data URLs untouched', () => {
		const html =
			'<a href="https://other.example/x">x</a><a href="mailto:me@example.com?subject=Hi">m</a>' +
			'<a href="tel:+971500000000">t</a><img src="data:image/png;base64,iVBORw0KGgo=">';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});

	it('leaves an absolute URL byte for byte, even with a bare "&" or no trailing slash', () => {
		const html =
			'<a href="https://other.example">o</a><img src="https://cdn.example.org/a.png?w=1&h=2">' +
			"<a href='HTTPS://Other.Example/Caps'>c</a>";
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});

	it('resolves a relative path with a colon after its first segment', () => {
		expect(makeUrlsAbsolute('<a href="docs/Help:Contents">help</a>', PAGE)).toBe(
			'<a href="https://example.com/blog/typescript-tips/docs/Help:Contents">help</a>'
		);
		expect(makeUrlsAbsolute('<a href="/talks/?at=10:30">talk</a>', PAGE)).toBe(
			'<a href="https://example.com/talks/?at=10:30">talk</a>'
		);
	});

	it('quotes an unquoted absolute URL as it quotes a resolved one', () => {
		expect(makeUrlsAbsolute('<a href=https://other.example/x>x</a>', PAGE)).toBe(
			'<a href="https://other.example/x">x</a>'
		);
	});

	it('leaves a bare URL attribute without a value as written', () => {
		expect(makeUrlsAbsolute('<a href>x</a><img src alt="">', PAGE)).toBe(
			'<a href>x</a><img src alt="">'
		);
	});

	it('leaves an empty href empty', () => {
		expect(makeUrlsAbsolute('<a href="">x</a>', PAGE)).toBe('<a href="">x</a>');
	});

	it('changes no other attribute, even one holding a path', () => {
		const html = '<a class="link" data-href="/x" title="see /y" aria-label="go">x</a>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(
			'<a class="link" data-href="/x" title="see /y" aria-label="go">x</a>'
		);
	});

	it('keeps text and its entities exactly as they were', () => {
		const html =
			'<p>Tom &amp; Jerry wrote &lt;script&gt;alert(1)&lt;/script&gt; &quot;here&quot;</p>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});

	it('does not turn escaped markup in code into live markup or rewrite URLs inside it', () => {
		const html = '<pre><code>&lt;a href="/x"&gt;link&lt;/a&gt;</code></pre>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});

	it('keeps entities inside a URL attribute', () => {
		expect(makeUrlsAbsolute('<a href="/search?a=1&amp;b=2">s</a>', PAGE)).toBe(
			'<a href="https://example.com/search?a=1&amp;b=2">s</a>'
		);
	});

	it('keeps an element whose attribute value contains ">" intact', () => {
		expect(
			makeUrlsAbsolute('<img alt="5 s > 3 s" src="chart.png"><a href="/next/">next</a>', PAGE)
		).toBe(
			'<img alt="5 s > 3 s" src="https://example.com/blog/typescript-tips/chart.png"><a href="https://example.com/next/">next</a>'
		);
	});

	it('keeps a single-quoted attribute holding double quotes as valid markup', () => {
		expect(makeUrlsAbsolute(`<a href='/x' title='say "hi"'>k</a>`, PAGE)).toBe(
			`<a href='https://example.com/x' title='say "hi"'>k</a>`
		);
	});

	it('resolves unquoted and upper-case URL attributes', () => {
		expect(makeUrlsAbsolute('<a HREF=/up class=big>u</a>', PAGE)).toBe(
			'<a HREF="https://example.com/up" class=big>u</a>'
		);
	});

	it('does not mistake text inside another attribute value for a URL attribute', () => {
		const html = `<img data-note='src="/q" href=/r' alt="href=/z" src="/real.png">`;
		expect(makeUrlsAbsolute(html, PAGE)).toBe(
			`<img data-note='src="/q" href=/r' alt="href=/z" src="https://example.com/real.png">`
		);
	});

	it('leaves comments, script code and styles alone', () => {
		const html =
			'<!-- <a href="/c"> --><script>const a = "<a href=\'/x\'>";</script><style>a[href="/y"] { color: red }</style>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});

	it('keeps void elements, self-closing slashes and boolean attributes as written', () => {
		const html = '<p>a<br>b<img src="/x.png" alt=""/><input disabled></p>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(
			'<p>a<br>b<img src="https://example.com/x.png" alt=""/><input disabled></p>'
		);
	});

	it('leaves HTML without URLs unchanged', () => {
		const html = '<h2 id="setup">Setup</h2>\n<p>Plain <em>text</em> &amp; more.</p>';
		expect(makeUrlsAbsolute(html, PAGE)).toBe(html);
	});
});
