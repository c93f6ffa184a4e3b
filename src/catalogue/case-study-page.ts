import type { CollectionEntry } from 'astro:content';
import { slugify } from '@/lib/slug';
import { pickArticlesOnTopics } from '@/features/related-articles/topic-articles';
import { siteConfig } from '@/site.config';
import { getArticles, type Article } from './articles';

/**
 * The articles to read after a case study: those sharing most of its tags and stack (`Postgres`
 * in the stack matches the tag `postgres`).
 */
export async function getArticlesForCaseStudy(
	caseStudy: CollectionEntry<'case-studies'>
): Promise<Article[]> {
	const topics = [...caseStudy.data.tags, ...caseStudy.data.stack].map((topic) => slugify(topic));
	const candidates = (await getArticles()).map((article) => ({
		...article,
		tags: article.tags.map(({ slug }) => slug),
		article,
	}));
	return pickArticlesOnTopics(candidates, topics, siteConfig.relatedArticles).map(
		({ article }) => article
	);
}
