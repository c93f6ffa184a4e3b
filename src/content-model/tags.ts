import { compareText } from '@/lib/order';
import { slugify } from '@/lib/slug';

/** A tag as readers see it: its URL slug, its display label and how many articles carry it. */
export interface TagSummary {
	slug: string;
	label: string;
	count: number;
}

/**
 * Gathers the tags of a set of articles. Tags that slugify alike ("TypeScript", "typescript",
 * " typescript ") are one tag; its label is the spelling used most often, ties going to the
 * alphabetically first, so the label never depends on file order. Sorted by count, then label
 * ignoring case.
 */
export function collectTags(articles: readonly { tags: readonly string[] }[]): TagSummary[] {
	const spellings = new Map<string, Map<string, number>>();
	const counts = new Map<string, number>();
	for (const { tags } of articles) {
		const seen = new Set<string>();
		for (const tag of tags) {
			const label = tag.trim().replace(/\s+/g, ' ');
			const slug = slugify(label);
			const labels = spellings.get(slug) ?? new Map<string, number>();
			labels.set(label, (labels.get(label) ?? 0) + 1);
			spellings.set(slug, labels);
			if (!seen.has(slug)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
			seen.add(slug);
		}
	}
	return (
		[...spellings]
			.map(([slug, labels]) => ({
				slug,
				label: pickLabel(labels),
				count: counts.get(slug) ?? 0,
			}))
			// Case-insensitive first, so "astro" and "Zod" sort alphabetically rather than capitals first.
			.sort(
				(a, b) =>
					b.count - a.count ||
					compareText(a.label.toLowerCase(), b.label.toLowerCase()) ||
					compareText(a.label, b.label) ||
					compareText(a.slug, b.slug)
			)
	);
}

function pickLabel(labels: Map<string, number>): string {
	const [best] = [...labels].sort(
		([a, countA], [b, countB]) => countB - countA || compareText(a, b)
	);
	// Stryker disable next-line all: unreachable, every tag is grouped from at least one spelling
	if (!best) throw new Error('A tag needs at least one spelling.');
	return best[0];
}
