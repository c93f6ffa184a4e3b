import { compareNewestFirst } from '@/lib/order';

/** What related-article scoring needs to know about an article. */
export interface RelatableArticle {
	slug: string;
	pubDate: Date;
	/** Tag identities (slugs), already normalised. */
	tags: readonly string[];
	/** Its words, weighted: countArticleTerms of its title, description and body. */
	terms: ReadonlyMap<string, number>;
}

/** The text of an article that its terms are counted from. */
export interface ArticleText {
	title: string;
	description: string;
	/** Body text; Markdown syntax is harmless noise here since only words are kept. */
	body: string;
}

/** How many related articles to pick and how to weigh the two signals. */
export interface RelatedArticlesOptions {
	count: number;
	/** Weight of shared tags against text similarity; the two add up to 1. */
	tagWeight?: number;
	/** Distinctive terms kept per article; the rest add cost and little signal. */
	termsPerArticle?: number;
	/**
	 * Articles kept per term and per tag in the index, strongest first (newest on ties), so the cost
	 * stays linear even when one tag is on every article.
	 */
	articlesPerTerm?: number;
}

const STOP_WORDS = new Set(
	(
		'a about above after again against all also am an and any are as at be because been before being ' +
		'below between both but by can could did do does doing down during each few for from further had has ' +
		'have having he her here hers herself him himself his how i if in into is it its itself just let like ' +
		'me more most my myself no nor not now of off on once one only or other our ours ourselves out over ' +
		'own same she should so some such than that the their theirs them themselves then there these they ' +
		'this those through to too two under until up use used using very was we were what when where which ' +
		'while who whom why will with would you your yours yourself yourselves'
	).split(' ')
);
const WORD = /\p{L}[\p{L}\p{N}]*/gu;

/**
 * Picks the related articles of every article at once: shared tags (rarer tags weigh more) plus
 * TF-IDF cosine similarity over title, description and body. One pass builds an inverted index of
 * each article's most distinctive terms, so the cost grows with the number of articles, not its
 * square. Ties go to the newer article, then the slug, so builds are reproducible. When fewer than
 * `count` articles score, the newest articles fill the list. Never returns an article itself.
 * @returns related slugs, best first, keyed by slug
 */
export function pickRelatedArticles(
	articles: readonly RelatableArticle[],
	options: RelatedArticlesOptions
): Map<string, string[]> {
	const relatedOf = indexRelatedArticles(articles, options);
	return new Map(articles.map(({ slug }) => [slug, relatedOf(slug)]));
}

/**
 * The work of pickRelatedArticles that every article shares (term and tag vectors, inverted
 * indexes), done once, and a function that picks one article's related slugs from it: for
 * `astro dev`, which shows one page at a time.
 */
export function indexRelatedArticles(
	articles: readonly RelatableArticle[],
	{ count, tagWeight = 0.6, termsPerArticle = 24, articlesPerTerm = 200 }: RelatedArticlesOptions
): (slug: string) => string[] {
	const ordered = [...articles].sort(compareNewestFirst);
	const positions = new Map<string, number>();
	ordered.forEach(({ slug }, index) => {
		if (positions.has(slug)) throw new Error(`Two articles share the slug "${slug}".`);
		positions.set(slug, index);
	});

	const termVectors = buildTermVectors(ordered, termsPerArticle);
	const tagVectors = buildTagVectors(ordered);
	const termIndex = indexByKey(termVectors, articlesPerTerm);
	const tagIndex = indexByKey(tagVectors, articlesPerTerm);

	// Score arrays are reused across articles; only the entries an article touched are reset.
	const textScores = new Float64Array(ordered.length);
	const tagScores = new Float64Array(ordered.length);
	return (slug) => {
		const index = positions.get(slug);
		if (index === undefined) return [];
		const touched = new Set<number>();
		accumulate(termVectors[index], termIndex, index, textScores, touched);
		accumulate(tagVectors[index], tagIndex, index, tagScores, touched);
		const best: { candidate: number; score: number }[] = [];
		for (const candidate of touched) {
			const score = tagWeight * tagScores[candidate]! + (1 - tagWeight) * textScores[candidate]!;
			textScores[candidate] = 0;
			tagScores[candidate] = 0;
			if (score > 0) insertIfBetter(best, { candidate, score }, count);
		}
		const picked = best.map(({ candidate }) => candidate);
		for (let fallback = 0; picked.length < count && fallback < ordered.length; fallback++) {
			if (fallback !== index && !picked.includes(fallback)) picked.push(fallback);
		}
		return picked.map((candidate) => ordered[candidate]!.slug);
	};
}

/**
 * An article's words and their weights for pickRelatedArticles. Title and description words
 * describe the topic better than body words, so they count more.
 */
export function countArticleTerms({ title, description, body }: ArticleText): Map<string, number> {
	const counts = new Map<string, number>();
	countTerms(title, 3, counts);
	countTerms(description, 2, counts);
	countTerms(body, 1, counts);
	return counts;
}

/** Unit-length TF-IDF vectors holding each article's most distinctive terms. */
function buildTermVectors(
	articles: readonly RelatableArticle[],
	termsPerArticle: number
): Map<string, number>[] {
	const frequencies = articles.map(({ terms }) => terms);
	const documentFrequency = new Map<string, number>();
	for (const counts of frequencies) {
		for (const term of counts.keys()) {
			documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
		}
	}
	return frequencies.map((counts) => {
		const weighted: [string, number][] = [];
		for (const [term, count] of counts) {
			const idf = Math.log(articles.length / (documentFrequency.get(term) ?? 1));
			// A word in every article (idf 0) weighs nothing; indexing it would only cost time.
			// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
			if (idf > 0) weighted.push([term, (1 + Math.log(count)) * idf]);
		}
		// Stryker disable next-line EqualityOperator: an article's terms are unique, so < and <= agree
		weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		return normalise(weighted.slice(0, termsPerArticle));
	});
}

/** Unit-length vectors of tags weighted by rarity: sharing a niche tag says more than sharing "web". */
function buildTagVectors(articles: readonly RelatableArticle[]): Map<string, number>[] {
	const documentFrequency = new Map<string, number>();
	for (const { tags } of articles) {
		for (const tag of new Set(tags))
			documentFrequency.set(tag, (documentFrequency.get(tag) ?? 0) + 1);
	}
	return articles.map(({ tags }) =>
		normalise(
			[...new Set(tags)].map((tag) => [
				tag,
				// +1 keeps a tag that every article shares worth a little rather than nothing.
				Math.log(articles.length / (documentFrequency.get(tag) ?? 1)) + 1,
			])
		)
	);
}

function countTerms(text: string, weight: number, counts: Map<string, number>): void {
	for (const [word] of text.toLowerCase().matchAll(WORD)) {
		if (word.length < 3 || STOP_WORDS.has(word)) continue;
		counts.set(word, (counts.get(word) ?? 0) + weight);
	}
}

function normalise(entries: [string, number][]): Map<string, number> {
	const length = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0));
	// Every weight is above 0, so the length is 0 only when there are no entries to divide.
	return new Map(entries.map(([key, weight]) => [key, weight / length]));
}

type Postings = Map<string, { article: number; weight: number }[]>;

/** Inverted index: for each key, the articles that hold it, strongest first, at most `limit`. */
function indexByKey(vectors: readonly Map<string, number>[], limit: number): Postings {
	const index: Postings = new Map();
	vectors.forEach((vector, article) => {
		for (const [key, weight] of vector) {
			const postings = index.get(key) ?? [];
			postings.push({ article, weight });
			index.set(key, postings);
		}
	});
	for (const postings of index.values()) {
		// Postings are added in article order (newest first), which the stable sort keeps on ties.
		postings.sort((a, b) => b.weight - a.weight);
		postings.length = Math.min(postings.length, limit);
	}
	return index;
}

/** Adds one article's cosine similarity with every article sharing a key into `scores`. */
function accumulate(
	vector: ReadonlyMap<string, number> | undefined,
	index: Postings,
	self: number,
	scores: Float64Array,
	touched: Set<number>
): void {
	// Stryker disable next-line ArrayDeclaration: every article has a vector, every key postings
	for (const [key, weight] of vector ?? []) {
		// Stryker disable next-line ArrayDeclaration: every article has a vector, every key postings
		for (const posting of index.get(key) ?? []) {
			if (posting.article === self) continue;
			scores[posting.article] = scores[posting.article]! + weight * posting.weight;
			touched.add(posting.article);
		}
	}
}

/**
 * Keeps the `limit` best candidates in order, best first. `ordered` is newest first, so a lower
 * index breaks a tie in score by date and then slug. A partial selection, because sorting every
 * candidate of every article would dominate the cost at 10,000 articles.
 */
function insertIfBetter(
	best: { candidate: number; score: number }[],
	entry: { candidate: number; score: number },
	limit: number
): void {
	const isBetter = (a: typeof entry, b: typeof entry) => {
		if (a.score !== b.score) return a.score > b.score;
		// Stryker disable next-line EqualityOperator: candidates are distinct, so < and <= agree
		return a.candidate < b.candidate;
	};
	let position = best.length;
	while (position > 0 && isBetter(entry, best[position - 1]!)) position--;
	// An entry behind the last of a full list goes in and straight out again.
	best.splice(position, 0, entry);
	if (best.length > limit) best.pop();
}
