import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '@/site.config';

/** An author from `content/authors/`, with their id (the file name). */
export type Author = CollectionEntry<'authors'>['data'] & { id: string };

let authorsPromise: Promise<Map<string, Author>> | undefined;

/** Every author, by id, loaded once per build. */
export function getAuthors(): Promise<Map<string, Author>> {
	authorsPromise ??= getCollection('authors').then(
		(entries) => new Map(entries.map(({ id, data }) => [id, { ...data, id }]))
	);
	return authorsPromise;
}

/** The site's main author, named by `author` in src/site.config.ts. */
export async function getMainAuthor(): Promise<Author> {
	const authors = await getAuthors();
	const author = authors.get(siteConfig.author);
	if (!author) {
		const known = [...authors.keys()];
		throw new Error(
			`src/site.config.ts: author "${siteConfig.author}" has no file content/authors/${siteConfig.author}.yaml. ${known.length > 0 ? `The authors are: ${known.join(', ')}.` : 'Add one with name, role, location, bio, avatar and links.'}`
		);
	}
	return author;
}

/** The author of an entry: the one its `author` field names, or the site's main author. */
export async function getAuthorOf(reference: { id: string } | undefined): Promise<Author> {
	if (!reference) return getMainAuthor();
	const author = (await getAuthors()).get(reference.id);
	// src/catalogue/references.ts has checked every reference before any page renders.
	if (!author) throw new Error(`No author "${reference.id}" in content/authors/`);
	return author;
}
