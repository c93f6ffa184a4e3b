/** A heading as Astro's `render()` reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry of the table of contents, with its subsections. */
export interface TableOfContentsItem {
	slug: string;
	text: string;
	depth: number;
	children: TableOfContentsItem[];
}

/**
 * The id of the heading Sätteri gives the GFM footnotes section. It is visually hidden (a label
 * for screen readers), so it is not a section to list.
 */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/** Which heading levels the table of contents lists. */
export interface TableOfContentsOptions {
	minDepth?: number;
	maxDepth?: number;
	/** Fewer listed headings than this and there is no table of contents. */
	minHeadings?: number;
}

/**
 * Nests an article's h2/h3 headings into a table of contents, leaving out the footnotes' heading.
 * Returns an empty list when fewer than two headings qualify, since a one-entry contents list
 * helps nobody. Slugs come from Astro, which
 * already makes repeated heading text unique ("example", "example-1").
 * Adapted from https://github.com/withastro/starlight/blob/main/packages/starlight/utils/generateToC.ts
 */
export function buildTableOfContents(
	headings: readonly Heading[],
	{ minDepth = 2, maxDepth = 3, minHeadings = 2 }: TableOfContentsOptions = {}
): TableOfContentsItem[] {
	const listed = headings.filter(
		({ depth, slug }) => depth >= minDepth && depth <= maxDepth && slug !== FOOTNOTES_HEADING_ID
	);
	if (listed.length < minHeadings) return [];

	const root: TableOfContentsItem[] = [];
	const openParents: TableOfContentsItem[] = [];
	for (const heading of listed) {
		const item: TableOfContentsItem = { ...heading, children: [] };
		// With no parent open the depth reads 0, below every heading's, which ends the loop.
		while ((openParents.at(-1)?.depth ?? 0) >= item.depth) {
			openParents.pop();
		}
		const parent = openParents.at(-1);
		// A heading that skips a level (h2 → h4) or opens the article below h2 still gets listed.
		if (parent) parent.children.push(item);
		else root.push(item);
		openParents.push(item);
	}
	return root;
}
