import { getCollection, type CollectionEntry } from 'astro:content';
import {
	getPublicationStatus,
	isPublished,
	type PublicationStatus,
} from '@/content-model/publication';
import {
	indexRelatedArticles,
	pickRelatedArticles,
	type RelatableArticle,
} from '@/features/related-articles/related-articles';
import { countedArticleTerms } from '@/features/related-articles/term-cache';
import { compareNewestFirst } from '@/lib/order';
import { slugify } from '@/lib/slug';
import { collectTags, type TagSummary } from '@/content-model/tags';
import { siteConfig } from '@/site.config';
import { join } from 'node:path';
import { cachedResult } from '@/build/cache';
import { astroCacheDirectory, contentDirectory } from '@/content-model/location';
import { basePath } from './site-urls';
import { publicationContext } from './publication-context';
import { readEntryBody } from './rendered-entries';
import { assertArticleReferencesExist } from './references';

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

/** The published articles and their tags, loaded once per build and shared by all pages. */
interface Catalogue {
	articles: Article[];
	tags: TagSummary[];
	articlesByTag: Map<string, Article[]>;
}

let cataloguePromise: Promise<Catalogue> | undefined;
let relatedPromise: Promise<Map<string, Article[]>> | undefined;

/** Every article that may appear in this build, newest first (in dev, drafts and scheduled too). */
export async function getArticles(): Promise<Article[]> {
	return (await loadCatalogue()).articles;
}

/** Every tag used by the articles in this build, most used first. */
export async function getTags(): Promise<TagSummary[]> {
	return (await loadCatalogue()).tags;
}

/** The articles carrying a tag, newest first. */
export async function getArticlesTagged(tagSlug: string): Promise<Article[]> {
	return (await loadCatalogue()).articlesByTag.get(tagSlug) ?? [];
}

/**
 * The "Keep reading" articles of one article, best match first. In a build every article's list
 * is computed in one pass on first use (and kept in the cache while no article changes), then each
 * page only looks its own up; `astro dev` shows one page at a time, so it computes that page's.
 */
export async function getRelatedArticles(slug: string): Promise<Article[]> {
	if (publicationContext.isDev) return relatedInDev(slug);
	relatedPromise ??= getArticles().then(relateAll);
	return (await relatedPromise).get(slug) ?? [];
}

const relatedBySlug = new Map<string, Article[]>();
let relatedOfPromise: Promise<(slug: string) => string[]> | undefined;

async function relatedInDev(slug: string): Promise<Article[]> {
	const known = relatedBySlug.get(slug);
	if (known) return known;
	const articles = await getArticles();
	relatedOfPromise ??= relatableArticles(articles).then((relatable) =>
		indexRelatedArticles(relatable, { count: siteConfig.relatedArticles })
	);
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const related = (await relatedOfPromise)(slug).flatMap(
		(relatedSlug) => bySlug.get(relatedSlug) ?? []
	);
	relatedBySlug.set(slug, related);
	return related;
}

/** A cache file of this build's content folder and base path, in Astro's cache folder. */
const cacheFile = (name: string) =>
	join(process.cwd(), astroCacheDirectory(contentDirectory, basePath), name);

/** The articles as related-article scoring sees them, their terms counted once per file version. */
async function relatableArticles(articles: Article[]): Promise<RelatableArticle[]> {
	const terms = await countedArticleTerms(
		cacheFile('related-articles-terms.json'),
		articles.map((article) => ({
			digest: String(article.entry.digest),
			text: () => ({
				title: article.title,
				description: article.description,
				body: readEntryBody(article.entry),
			}),
		})),
		{ keepOpen: publicationContext.isDev }
	);
	return articles.map((article, index) => ({
		slug: article.slug,
		pubDate: article.pubDate,
		tags: article.tags.map((tag) => tag.slug),
		terms: terms[index]!,
	}));
}

async function relateAll(articles: Article[]): Promise<Map<string, Article[]>> {
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	// Each article's file digest stands for its title, description, tags and body.
	const inputs = [
		siteConfig.relatedArticles,
		articles.map(({ slug, entry, pubDate }) => [slug, entry.digest, pubDate]),
	];
	const relatedSlugs = await cachedResult(cacheFile('related-articles.json'), inputs, async () => [
		...pickRelatedArticles(await relatableArticles(articles), {
			count: siteConfig.relatedArticles,
		}),
	]);
	return new Map(
		relatedSlugs.map(([slug, related]) => [
			slug,
			related.flatMap((relatedSlug) => bySlug.get(relatedSlug) ?? []),
		])
	);
}

function loadCatalogue(): Promise<Catalogue> {
	cataloguePromise ??= readCatalogue();
	return cataloguePromise;
}

async function readCatalogue(): Promise<Catalogue> {
	const entries = await getCollection('blog', ({ data }) => isPublished(data, publicationContext));
	await assertArticleReferencesExist(entries);
	const tags = collectTags(entries.map(({ data }) => data));
	const labels = new Map(tags.map(({ slug, label }) => [slug, label]));
	const articles = entries
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
		.sort(compareNewestFirst);
	const articlesByTag = new Map<string, Article[]>();
	for (const article of articles) {
		for (const { slug } of article.tags) {
			const tagged = articlesByTag.get(slug);
			if (tagged) tagged.push(article);
			else articlesByTag.set(slug, [article]);
		}
	}
	return { articles, tags, articlesByTag };
}
