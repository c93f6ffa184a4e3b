import type { CollectionEntry } from 'astro:content';
import { ContentError } from '@/content-model/content-errors';
import { describeMissingReferences, type EntryReference } from '@/content-model/references';
import { getAuthors } from './author';
import { getOptionalCollection, getServices } from './portfolio';

/**
 * Fails the build when an article's `author`, `cta` or `series` names an entry that does not exist
 * (or a draft service), naming the article's file and listing the ids that exist. Astro logs the
 * first missing entry of a reference() but builds on, with a page that would break at render time.
 */
export async function assertArticleReferencesExist(
	articles: readonly CollectionEntry<'blog'>[]
): Promise<void> {
	const references: EntryReference[] = articles.flatMap(({ id, filePath, data }) => {
		const file = filePath ?? id;
		return [
			...(data.author
				? [{ file, field: 'author', collection: 'authors', id: data.author.id }]
				: []),
			...(data.cta ? [{ file, field: 'cta', collection: 'services', id: data.cta.id }] : []),
			...(data.series ? [{ file, field: 'series', collection: 'series', id: data.series.id }] : []),
		];
	});
	if (references.length === 0) return;
	const known = new Map([
		['authors', new Set((await getAuthors()).keys())],
		['services', new Set((await getServices()).map(({ id }) => id))],
		['series', await idsOf('series')],
	]);
	const message = describeMissingReferences(references, known);
	if (message) throw new ContentError(message);
}

/**
 * Fails the build when a testimonial's `caseStudy` names no file in `content/case-studies/`. A
 * draft case study exists: the testimonial shows, without a link until the case study is published.
 */
export async function assertTestimonialReferencesExist(
	testimonials: readonly CollectionEntry<'testimonials'>[]
): Promise<void> {
	const references: EntryReference[] = testimonials.flatMap(({ id, filePath, data }) =>
		data.caseStudy
			? [
					{
						file: filePath ?? id,
						field: 'caseStudy',
						collection: 'case-studies',
						id: data.caseStudy.id,
					},
				]
			: []
	);
	if (references.length === 0) return;
	const message = describeMissingReferences(
		references,
		new Map([['case-studies', await idsOf('case-studies')]])
	);
	if (message) throw new Error(message);
}

/** The id of every entry of a collection, drafts included. */
async function idsOf(collection: 'series' | 'case-studies'): Promise<Set<string>> {
	return new Set((await getOptionalCollection(collection)).map(({ id }) => id));
}
