import { describe, expect, it } from 'vitest';
import {
	countArticleTerms,
	indexRelatedArticles,
	pickRelatedArticles,
	type ArticleText,
	type RelatableArticle,
} from '@/features/related-articles/related-articles';

function article(
	slug: string,
	overrides: Partial<ArticleText> & { day?: number; tags?: string[] } = {}
): RelatableArticle {
	const { day = 1, tags = [], title = '', description = '', body = '' } = overrides;
	return {
		slug,
		pubDate: new Date(Date.UTC(2026, 0, day)),
		tags,
		terms: countArticleTerms({ title, description, body }),
	};
}

/** A small deterministic pseudo-random generator, so "random" inputs are the same on every run. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other] as T, result[index] as T];
	}
	return result;
}

const VOCABULARY = (
	'kubernetes postgres caching webhooks typescript rust golang queues latency budgets incident ' +
	'postmortem tailwind astro feeds sitemap deploy rollback canary tracing metrics alerts schema ' +
	'migration indexes vacuum replicas sharding consensus raft kafka backpressure retries idempotency'
).split(' ');
const TAGS = [
	...['web', 'ops', 'databases', 'frontend', 'rust', 'go', 'career', 'security', 'testing'],
	...Array.from({ length: 40 }, (_, index) => `niche-${index}`),
];

function syntheticArticles(count: number, seed: number): RelatableArticle[] {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	return Array.from({ length: count }, (_, index) =>
		article(`article-${index}`, {
			day: 1 + Math.floor(random() * 700),
			tags: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TAGS)),
			title: `${pick(VOCABULARY)} ${pick(VOCABULARY)}`,
			description: `${pick(VOCABULARY)} ${pick(VOCABULARY)} ${pick(VOCABULARY)}`,
			body: Array.from({ length: 20 }, () => pick(VOCABULARY)).join(' '),
		})
	);
}

describe('pickRelatedArticles', () => {
	it('gives an article that stands alone an empty list', () => {
		const related = pickRelatedArticles([article('only', { tags: ['web'] })], { count: 3 });
		expect(related).toEqual(new Map([['only', []]]));
	});

	it('relates two articles to each other even when they share nothing', () => {
		const related = pickRelatedArticles(
			[
				article('sourdough', { tags: ['baking'], body: 'flour water salt' }),
				article('kubernetes', { tags: ['ops'], body: 'pods nodes clusters' }),
			],
			{ count: 3 }
		);
		expect(Object.fromEntries(related)).toEqual({
			sourdough: ['kubernetes'],
			kubernetes: ['sourdough'],
		});
	});

	it('never lists an article as related to itself', () => {
		const articles = syntheticArticles(40, 7);
		const related = pickRelatedArticles(articles, { count: 5 });
		for (const [slug, picks] of related) {
			expect(picks).not.toContain(slug);
			expect(new Set(picks).size).toBe(picks.length);
		}
	});

	it('ranks an article sharing a rare tag above one sharing a common tag', () => {
		const articles = [
			article('subject', { tags: ['web', 'webassembly'] }),
			article('shares-common', { tags: ['web'], day: 5 }),
			article('shares-rare', { tags: ['webassembly'], day: 2 }),
			article('filler-1', { tags: ['web'] }),
			article('filler-2', { tags: ['web'] }),
		];
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'shares-rare',
			'shares-common',
		]);
	});

	it('ranks articles with the same distinctive words higher when no tags are shared', () => {
		const articles = [
			article('subject', {
				title: 'Reconciling Kubernetes operators',
				body: 'Operators reconcile custom resources in a Kubernetes cluster.',
			}),
			article('about-operators', {
				day: 2,
				title: 'Writing Kubernetes operators in Go',
				body: 'An operator watches custom resources and reconciles them.',
			}),
			article('about-bread', {
				day: 3,
				title: 'Sourdough starters',
				body: 'Flour, water, patience.',
			}),
			article('about-paint', { day: 4, title: 'Watercolour washes', body: 'Pigment and paper.' }),
		];
		// The two unrelated articles are newer, so only text similarity can put about-operators first.
		expect(pickRelatedArticles(articles, { count: 1 }).get('subject')).toEqual(['about-operators']);
	});

	it('breaks an exact tie in favour of the newer article', () => {
		const articles = [
			article('subject', { tags: ['queues'], day: 1 }),
			// Slugs in the opposite order to dates, so only the date can decide.
			article('a-older', { tags: ['queues'], day: 2 }),
			article('z-newer', { tags: ['queues'], day: 3 }),
			article('unrelated', { tags: ['baking'], day: 4 }),
		];
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'z-newer',
			'a-older',
		]);
	});

	it('breaks an exact tie between articles of the same date by slug', () => {
		const articles = [
			article('subject', { tags: ['queues'], day: 1 }),
			article('zebra', { tags: ['queues'], day: 2 }),
			article('apple', { tags: ['queues'], day: 2 }),
			article('mango', { tags: ['queues'], day: 2 }),
			article('unrelated', { tags: ['baking'], day: 9 }),
		];
		expect(pickRelatedArticles(articles, { count: 3 }).get('subject')).toEqual([
			'apple',
			'mango',
			'zebra',
		]);
	});

	it('fills the list with the newest other articles when nothing scores', () => {
		const articles = [
			article('a', { day: 1 }),
			article('b', { day: 4 }),
			article('c', { day: 3 }),
			article('d', { day: 2 }),
		];
		const related = pickRelatedArticles(articles, { count: 2 });
		expect(related.get('a')).toEqual(['b', 'c']);
		expect(related.get('b')).toEqual(['c', 'd']);
	});

	it('puts scored articles first and tops up with the newest', () => {
		const articles = [
			article('subject', { tags: ['queues'], day: 2 }),
			article('oldest-match', { tags: ['queues'], day: 1 }),
			article('newest', { tags: ['baking'], day: 9 }),
			article('middle', { tags: ['paint'], day: 5 }),
		];
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'oldest-match',
			'newest',
		]);
	});

	it('returns at most count articles, and fewer only when there are not enough', () => {
		const articles = syntheticArticles(12, 3);
		for (const count of [0, 1, 4]) {
			for (const picks of pickRelatedArticles(articles, { count }).values()) {
				expect(picks).toHaveLength(count);
			}
		}
		const few = [article('a'), article('b'), article('c')];
		for (const picks of pickRelatedArticles(few, { count: 5 }).values()) {
			expect(picks).toHaveLength(2);
		}
	});

	it('picks one article at a time as it picks them all, for the dev server', () => {
		const articles = syntheticArticles(40, 7);
		const all = pickRelatedArticles(articles, { count: 3 });
		const relatedOf = indexRelatedArticles(articles, { count: 3 });
		for (const { slug } of [...articles].reverse())
			expect(relatedOf(slug), slug).toEqual(all.get(slug));
		expect(relatedOf('no-such-article')).toEqual([]);
	});

	it('throws when two articles share a slug', () => {
		expect(() =>
			pickRelatedArticles([article('same', { day: 1 }), article('same', { day: 2 })], { count: 3 })
		).toThrow('Two articles share the slug "same".');
	});

	it('gives the same result whatever order the articles come in', () => {
		const articles = syntheticArticles(60, 42);
		const expected = Object.fromEntries(pickRelatedArticles(articles, { count: 4 }));
		const random = seededRandom(99);
		for (const input of [
			[...articles].reverse(),
			shuffle(articles, random),
			shuffle(articles, random),
		]) {
			expect(Object.fromEntries(pickRelatedArticles(input, { count: 4 }))).toEqual(expected);
		}
	});

	// The timeout is a safety net for slow machines, not a performance assertion.
	it('keys the result by every article slug for a 2,000-article site', { timeout: 30_000 }, () => {
		const articles = syntheticArticles(2000, 2026);
		const related = pickRelatedArticles(articles, { count: 3 });
		expect(related.size).toBe(2000);
		expect(new Set(related.keys())).toEqual(new Set(articles.map(({ slug }) => slug)));
		expect([...related.values()].every((picks) => picks.length === 3)).toBe(true);
	});
});
