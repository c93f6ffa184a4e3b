import type { CollectionEntry } from 'astro:content';
import { ContentError } from '@/content-model/content-errors';
import { describeMissingReferences, type EntryReference } from '@/content-model/references';
import { getAuthors } from './author';
import { getServices } from './portfolio';

/**
 * Fails the build when an article's `author` or `cta` names an entry that does not exist (or a
 * draft service), naming the article's file and listing the ids that exist. Astro logs the first
 * missing entry of a reference() but builds on, with a page that would break at render time.
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
		];
	});
	if (references.length === 0) return;
	const known = new Map([
		['authors', new Set((await getAuthors()).keys())],
		['services', new Set((await getServices()).map(({ id }) => id))],
	]);
	const message = describeMissingReferences(references, known);
	if (message) throw new ContentError(message);
}
