/**
 * Code-unit order of two strings, for sorting: the same on every machine whatever its locale
 * (`localeCompare` is not), so builds list things in the same order everywhere.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first, then by slug: the order of article lists, the same in every build. */
export function compareNewestFirst(
	a: { pubDate: Date; slug: string },
	b: { pubDate: Date; slug: string }
): number {
	return b.pubDate.getTime() - a.pubDate.getTime() || compareText(a.slug, b.slug);
}
