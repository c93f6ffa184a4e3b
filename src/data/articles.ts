import { getCollection, type CollectionEntry } from 'astro:content';
import { getPublicationStatus, isPublished, type PublicationStatus } from '@/lib/publication';
import { pickRelatedArticles } from '@/lib/related-articles';
import { slugify } from '@/lib/slug';
import { collectTags, type TagSummary } from '@/lib/tags';
import { siteConfig } from '@/site.config';
import { publicationContext } from './build-context';

/** A tag on one article: URL slug and the site-wide label. */
export interface ArticleTag {
	slug: string;
	label: string;
}

/** An article ready for cards, lists and feeds. */
export interface Article {
	slug: string;
	entry: CollectionEntry<'blog'>;
	title: string;
	description: string;
	pubDate: Date;
	updatedDate: Date | undefined;
	tags: ArticleTag[];
	status: PublicationStatus;
}

let articlesPromise: Promise<Article[]> | undefined;
let relatedPromise: Promise<Map<string, string[]>> | undefined;

/**
 * Every article that may appear in this build, newest first (in dev, drafts and scheduled too).
 * Loaded once per build and shared by all pages.
 */
export function getArticles(): Promise<Article[]> {
	articlesPromise ??= loadArticles();
	return articlesPromise;
}

/** Every tag used by the articles in this build, most used first. */
export async function getTags(): Promise<TagSummary[]> {
	return collectTags((await getArticles()).map(({ entry }) => entry.data));
}

/** The "Keep reading" articles of one article, best match first. */
export async function getRelatedArticles(slug: string): Promise<Article[]> {
	const articles = await getArticles();
	relatedPromise ??= Promise.resolve(
		pickRelatedArticles(
			articles.map((article) => ({
				slug: article.slug,
				pubDate: article.pubDate,
				tags: article.tags.map((tag) => tag.slug),
				title: article.title,
				description: article.description,
				body: article.entry.body ?? '',
			})),
			{ count: siteConfig.relatedArticles }
		)
	);
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	return ((await relatedPromise).get(slug) ?? []).flatMap((related) => bySlug.get(related) ?? []);
}

async function loadArticles(): Promise<Article[]> {
	const entries = await getCollection('blog', ({ data }) => isPublished(data, publicationContext));
	assertRoutableSlugs(entries);
	const labels = new Map(
		collectTags(entries.map(({ data }) => data)).map(({ slug, label }) => [slug, label])
	);
	return entries
		.map((entry) => {
			const tagSlugs = [...new Set(entry.data.tags.map((tag) => slugify(tag)))];
			return {
				slug: entry.id,
				entry,
				title: entry.data.title,
				description: entry.data.description,
				pubDate: entry.data.pubDate,
				updatedDate: entry.data.updatedDate,
				tags: tagSlugs.map((slug) => ({ slug, label: labels.get(slug) ?? slug })),
				status: getPublicationStatus(entry.data, publicationContext.now),
			};
		})
		.sort(
			(a, b) =>
				b.pubDate.getTime() - a.pubDate.getTime() ||
				(a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
		);
}

/** `/blog/2/` is page 2 of the index, so an article may not be called "2". */
function assertRoutableSlugs(entries: CollectionEntry<'blog'>[]): void {
	const problems = entries
		.filter(({ id }) => /^\d+$/.test(id))
		.map(
			({ id, filePath }) =>
				`  - ${filePath ?? id}: the slug "${id}" would clash with page ${id} of /blog/. Rename the file, e.g. "${id}-notes.mdx".`
		);
	if (problems.length > 0)
		throw new Error(`Articles with purely numeric slugs:\n${problems.join('\n')}`);
}
