import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { contentDirectory } from '@/content-model/location';
import { isPublished } from '@/content-model/publication';
import { publicationContext } from './publication-context';

/** Collections a site may leave out: every one but the blog and the authors. */
type OptionalCollection =
	'case-studies' | 'experiments' | 'services' | 'pages' | 'series' | 'testimonials';

/**
 * A collection's entries, or none when its folder does not exist: a blog without case studies is
 * normal, and Astro's getCollection would warn about the empty collection in every build log.
 */
export async function getOptionalCollection<Name extends OptionalCollection>(
	name: Name,
	filter: (entry: CollectionEntry<Name>) => boolean = () => true
): Promise<CollectionEntry<Name>[]> {
	if (!existsSync(`${contentDirectory}/${name}`)) return [];
	return getCollection(name, filter);
}

type Dated = { data: { pubDate: Date }; id: string };

/** Newest first; the id breaks ties so the order never depends on file-system order. */
function byNewest(a: Dated, b: Dated): number {
	return (
		b.data.pubDate.getTime() - a.data.pubDate.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** Published case studies: featured ones first, each group newest first. */
export async function getCaseStudies(): Promise<CollectionEntry<'case-studies'>[]> {
	const entries = await getOptionalCollection('case-studies', ({ data }) =>
		isPublished(data, publicationContext)
	);
	return entries.sort(
		(a, b) => Number(b.data.featured) - Number(a.data.featured) || byNewest(a, b)
	);
}

/** Published experiments, newest first. */
export async function getExperiments(): Promise<CollectionEntry<'experiments'>[]> {
	const entries = await getOptionalCollection('experiments', ({ data }) =>
		isPublished(data, publicationContext)
	);
	return entries.sort(byNewest);
}

/** Services that are not drafts (in dev, all), by `order` then id. */
export async function getServices(): Promise<CollectionEntry<'services'>[]> {
	const entries = await getOptionalCollection(
		'services',
		({ data }) => publicationContext.isDev || !data.draft
	);
	return entries.sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
}

/** Single pages (about, terms, privacy …), by id. */
export async function getPages(): Promise<CollectionEntry<'pages'>[]> {
	return (await getOptionalCollection('pages')).sort((a, b) => (a.id < b.id ? -1 : 1));
}
