import { removeElements } from '@/lib/html-source';

/** Class of the link src/features/headings/anchors-plugin.ts puts after each h2–h4 of an article body. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

/** Class of the element that holds a heading and its anchor link. */
export const HEADING_WRAPPER_CLASS = 'heading-wrapper';

/**
 * What a screen reader says for a heading's anchor link: its target, so a list of links still
 * makes sense (Starlight's wording).
 * @example headingAnchorLabel('Schema') // 'Section titled “Schema”'
 */
export function headingAnchorLabel(headingText: string): string {
	return `Section titled “${headingText.trim()}”`;
}

/**
 * Removes the heading anchor links from rendered article HTML. Feeds use it: a feed reader
 * shows neither hover states nor visually hidden text, so each anchor would read as a stray "#"
 * followed by "Section titled …".
 */
export function removeHeadingAnchors(html: string): string {
	return removeElements(
		html,
		// Stryker disable next-line StringLiteral: any default without the class name leaves the element
		(name, { class: classes = '' }) =>
			name === 'a' && classes.split(/\s+/).includes(HEADING_ANCHOR_CLASS)
	);
}
