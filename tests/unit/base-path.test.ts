import { describe, expect, it } from 'vitest';
import { basePathPlugin } from '@/markdown/base-path';
import { renderMarkdown } from '../helpers/markdown';

const render = async (markdown: string, base = '/notes/') =>
	(await renderMarkdown(markdown, [basePathPlugin(base)])).html;

describe('base path plugin', () => {
	it('puts site paths of links and images under the base path', async () => {
		expect(
			await render('See [the guide](/blog/guide/) and ![a chart](/images/chart.png "Chart").')
		).toBe(
			'<p>See <a href="/notes/blog/guide/">the guide</a> and <img src="/notes/images/chart.png" alt="a chart" title="Chart">.</p>\n'
		);
	});

	it('puts reference-style links under it too', async () => {
		expect(await render('Read [the guide][g].\n\n[g]: /blog/guide/#setup')).toBe(
			'<p>Read <a href="/notes/blog/guide/#setup">the guide</a>.</p>\n'
		);
	});

	it('leaves other addresses as written: other sites, protocol-relative, relative, fragments, mail', async () => {
		const markdown = [
			'[a](https://example.com/blog/)',
			'[b](//cdn.example.com/x.js)',
			'[c](./sibling/)',
			'[d](../up/)',
			'[e](#setup)',
			'[f](mailto:a@example.com)',
			'![g](https://example.com/chart.png)',
		].join(' ');
		expect(await render(markdown)).toBe(
			'<p><a href="https://example.com/blog/">a</a> <a href="//cdn.example.com/x.js">b</a> ' +
				'<a href="./sibling/">c</a> <a href="../up/">d</a> <a href="#setup">e</a> ' +
				'<a href="mailto:a@example.com">f</a> <img src="https://example.com/chart.png" alt="g"></p>\n'
		);
	});

	it('changes links in footnotes and tables, but not the footnote references', async () => {
		const html = await render(
			'| Page | Link |\n| - | - |\n| Guide | [go](/blog/guide/) |\n\nA claim.[^1]\n\n[^1]: See [the source](/sources/).'
		);
		expect(html).toContain('<td><a href="/notes/blog/guide/">go</a></td>');
		expect(html).toContain('<a href="/notes/sources/">the source</a>');
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('href="#user-content-fnref-1"');
	});

	it('leaves a link without an address alone', async () => {
		expect(await render('<a name="top">anchor</a> and [empty]()')).toBe(
			'<p><a name="top">anchor</a> and <a href="">empty</a></p>\n'
		);
	});

	it('writes under whatever base the site has', async () => {
		expect(await render('[x](/blog/x/)', '/a/b/')).toBe('<p><a href="/a/b/blog/x/">x</a></p>\n');
	});
});
