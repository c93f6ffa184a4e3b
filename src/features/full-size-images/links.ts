import { Parser } from 'htmlparser2';

/** Marks the links the full-size-images plugin puts around images, until they get their href. */
export const FULL_SIZE_ATTRIBUTE = 'data-full-size';

/**
 * Points each full-size link of rendered content (an `<a data-full-size>` around an image, from
 * ./plugin.ts) at the file its image shows: the image's `src`, which astro:assets makes the
 * largest rendition, at the size the author's file has.
 */
export function linkImagesToFullSize(html: string): string {
	// Stryker disable next-line ConditionalExpression: a shortcut; without the attribute the parser finds no link
	if (!html.includes(FULL_SIZE_ATTRIBUTE)) return html;
	const insertions: { at: number; text: string }[] = [];
	let linkOpen: number | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'a' && FULL_SIZE_ATTRIBUTE in attributes) {
				// Just after `<a`, where the href goes.
				linkOpen = parser.startIndex + 2;
			} else if (name === 'img' && linkOpen !== undefined && attributes['src']) {
				insertions.push({ at: linkOpen, text: ` href="${escapeAttribute(attributes['src'])}"` });
				linkOpen = undefined;
			}
		},
		onclosetag(name) {
			if (name === 'a') linkOpen = undefined;
		},
	});
	parser.end(html);
	let linked = html;
	for (const { at, text } of insertions.reverse()) {
		linked = `${linked.slice(0, at)}${text}${linked.slice(at)}`;
	}
	return linked;
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
