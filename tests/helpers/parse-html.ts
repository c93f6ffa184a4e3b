import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Parses HTML as a browser would for querying. node-html-parser keeps `<pre>` content as raw text
 * by default, which would hide highlighted code tokens from queries.
 */
export function parseHtml(html: string): HTMLElement {
	return parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
}
