import { buildAuthorLinks } from '@/lib/author-links';
import type { Breadcrumb } from '@/lib/breadcrumbs';
import type { PersonFacts } from './head-metadata';
import { getMainAuthor, type Author } from '@/catalogue/author';
import { getPagePath } from '@/catalogue/navigation';
import { publicUrl } from '@/catalogue/site-urls';

/** An author as structured data describes them: their about page, if any, and their accounts. */
export async function personFactsOf(author: Author): Promise<PersonFacts> {
	const main = await getMainAuthor();
	const aboutPath = author.id === main.id ? await getPagePath('about') : undefined;
	return {
		name: author.name,
		jobTitle: author.role,
		url: aboutPath ? publicUrl(aboutPath) : (author.links.website ?? undefined),
		sameAs: buildAuthorLinks(author.links)
			.filter(({ kind }) => kind !== 'email' && kind !== 'booking')
			.map(({ href }) => href),
	};
}

/** A breadcrumb trail with public URLs, the current page's included. */
export function breadcrumbFacts(
	trail: readonly Breadcrumb[],
	pageUrl: string
): { name: string; url: string }[] {
	return trail.map(({ label, href }) => ({ name: label, url: href ? publicUrl(href) : pageUrl }));
}
