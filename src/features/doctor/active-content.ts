import { Parser } from 'htmlparser2';
import { compareText } from '@/lib/order';
import type { LineProblem } from './document-checks';
import type { MarkdownOutline } from './markdown-outline';

/** Elements that run code or embed another page. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base']);
/** Attributes holding a URL that a reader's click or the browser would follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

const WHY =
	'the Content-Security-Policy blocks it on the page and feeds drop it, so readers never see it work; remove it';

/**
 * Warnings for active content written into a body as raw HTML or JSX: `<script>`, `<iframe>` and
 * the like, `on…=` event handlers, and `javascript:` links (Markdown links too). The site's
 * Content-Security-Policy stops them on its pages and the feeds strip them, so each is at best
 * dead weight and at worst an injection an author pasted without noticing.
 */
export function checkActiveContent(
	outline: Pick<MarkdownOutline, 'rawHtml' | 'elements' | 'links'>
): LineProblem[] {
	const problems: LineProblem[] = [];
	const warn = (line: number, what: string) =>
		problems.push({
			severity: 'warning',
			line,
			rule: 'active-content',
			message: `${what} in the body: ${WHY}`,
		});
	const checkElement = (
		name: string,
		attributes: readonly { name: string; value: string | undefined }[],
		line: number
	) => {
		if (ACTIVE_ELEMENTS.has(name.toLowerCase())) warn(line, `<${name.toLowerCase()}> element`);
		for (const attribute of attributes) {
			const attributeName = attribute.name.toLowerCase();
			// Stryker disable next-line StringLiteral: an expression value (href={url}) cannot be checked; the mutant's text is no script URL either
			const value = attribute.value ?? '';
			if (attributeName.startsWith('on')) warn(line, `${attributeName}= attribute`);
			else if (URL_ATTRIBUTES.has(attributeName) && SCRIPT_URL.test(value)) {
				warn(line, 'javascript: link');
			}
		}
	};
	for (const { html, line } of outline.rawHtml) {
		const parser = new Parser({
			onopentag(name, attributes) {
				const linesBefore = html.slice(0, parser.startIndex).match(/\n/g)?.length ?? 0;
				const list = Object.entries(attributes).map(([key, value]) => ({ name: key, value }));
				checkElement(name, list, line + linesBefore);
			},
		});
		parser.end(html);
	}
	for (const { name, attributes, line } of outline.elements) checkElement(name, attributes, line);
	// Links of JSX elements were checked with their element above.
	for (const { url, line, isJsx } of outline.links) {
		if (!isJsx && SCRIPT_URL.test(url)) warn(line, 'javascript: link');
	}
	return problems.sort((a, b) => a.line - b.line || compareText(a.message, b.message));
}
