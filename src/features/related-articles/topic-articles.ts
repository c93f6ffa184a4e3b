/** What topic matching needs of an article. */
export interface TopicCandidate {
	slug: string;
	/** Tag slugs. */
	tags: readonly string[];
	pubDate: Date;
}

/**
 * The articles that share the most topics with a case study (its tags and stack, as tag slugs),
 * best first, newest first among equals; articles sharing nothing are left out.
 */
export function pickArticlesOnTopics<Candidate extends TopicCandidate>(
	articles: readonly Candidate[],
	topics: readonly string[],
	count: number
): Candidate[] {
	const wanted = new Set(topics);
	return articles
		.map((article) => ({ article, shared: article.tags.filter((tag) => wanted.has(tag)).length }))
		.filter(({ shared }) => shared > 0)
		.sort(
			(a, b) =>
				b.shared - a.shared ||
				b.article.pubDate.getTime() - a.article.pubDate.getTime() ||
				// Stryker disable next-line EqualityOperator: slugs are unique, so < and <= agree
				(a.article.slug < b.article.slug ? -1 : 1)
		)
		.slice(0, count)
		.map(({ article }) => article);
}
