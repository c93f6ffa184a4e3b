import { describe, expect, it } from 'vitest';
import { headingAnchorsPlugin } from '@/features/headings/anchors-plugin';
import { renderMarkdown } from '../helpers/markdown';

/** The markup the plugin gives a heading: the heading, then a link to it, in one wrapper. */
function wrapped(tag: string, id: string, inner: string, label: string): string {
	return (
		`<div class="heading-wrapper"><${tag} id="${id}">${inner}</${tag}>` +
		`<a class="heading-anchor" href="#${id}" data-pagefind-ignore="">` +
		`<span aria-hidden="true">#</span><span class="sr-only">Section titled “${label}”</span></a></div>`
	);
}

describe('heading anchors plugin', () => {
	it('follows each h2, h3 and h4 with a link to it, and leaves h1, h5 and h6 alone', async () => {
		const { html } = await renderMarkdown(
			'# Title\n\n## Setup\n\n### Keys\n\n#### Storage\n\n##### Aside\n\n###### Small print',
			[headingAnchorsPlugin]
		);
		expect(html).toBe(
			[
				'<h1 id="title">Title</h1>',
				wrapped('h2', 'setup', 'Setup', 'Setup'),
				wrapped('h3', 'keys', 'Keys', 'Keys'),
				wrapped('h4', 'storage', 'Storage', 'Storage'),
				'<h5 id="aside">Aside</h5>',
				'<h6 id="small-print">Small print</h6>',
				'',
			].join('\n')
		);
	});

	it('gives repeated headings ids of their own, and links each to its own', async () => {
		const { html, headings } = await renderMarkdown(
			'## Setup\n\nA.\n\n## Setup\n\nB.\n\n## Setup',
			[headingAnchorsPlugin]
		);
		expect(html).toBe(
			[
				wrapped('h2', 'setup', 'Setup', 'Setup'),
				'<p>A.</p>',
				wrapped('h2', 'setup-1', 'Setup', 'Setup'),
				'<p>B.</p>',
				wrapped('h2', 'setup-2', 'Setup', 'Setup'),
				'',
			].join('\n')
		);
		expect(headings.map(({ slug }) => slug)).toEqual(['setup', 'setup-1', 'setup-2']);
	});

	it('labels the link with the heading as read, and keeps the heading text as written', async () => {
		const { html, headings } = await renderMarkdown('## Retry `fetch()` with [backoff](/b/)', [
			headingAnchorsPlugin,
		]);
		expect(html).toBe(
			wrapped(
				'h2',
				'retry-fetch-with-backoff',
				'Retry <code>fetch()</code> with <a href="/b/">backoff</a>',
				'Retry fetch() with backoff'
			) + '\n'
		);
		// The table of contents reads these: no "Section titled" in them.
		expect(headings).toEqual([
			{ depth: 2, slug: 'retry-fetch-with-backoff', text: 'Retry fetch() with backoff' },
		]);
	});

	it('escapes the heading text in the label', async () => {
		const { html } = await renderMarkdown('## Caching & `<T>` generics', [headingAnchorsPlugin]);
		expect(html).toContain(
			'<span class="sr-only">Section titled “Caching &amp; &lt;T&gt; generics”</span>'
		);
	});

	it('gives the footnotes heading no link: it is not part of the article outline', async () => {
		const { html } = await renderMarkdown('## Notes\n\nA claim.[^source]\n\n[^source]: A source.', [
			headingAnchorsPlugin,
		]);
		expect(html.match(/class="heading-anchor"/g)).toHaveLength(1);
		expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>');
		expect(html).not.toContain('href="#footnote-label"');
	});
});
