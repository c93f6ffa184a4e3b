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

/** A short article as an author writes one: a title, a description and a body, no tags. */
function written(slug: string, day: number, title: string, description: string, body: string) {
	return article(slug, { day, title, description, body });
}

// Ten articles of a small engineering blog. "database" is in most of them; "wraparound",
// "retries" and "vacuum" in two or three; the opinion piece is full of "should", "would",
// "could" and "because", which say nothing about a topic. A function, so each test counts the
// words itself and the mutation tests see which test covers the counting.
const blog = (): RelatableArticle[] => [
	written(
		'autovacuum-tuning',
		1,
		'Tuning autovacuum on a busy database',
		'When dead tuples pile up in the database faster than vacuum clears them.',
		'Every update in the database leaves a dead tuple behind. Autovacuum wakes up when the dead tuples of a table pass a threshold, and on a busy database the default threshold is far too high. Lower the scale factor for the hot tables of the database and watch the dead tuples fall.'
	),
	written(
		'measuring-bloat',
		2,
		'Measuring table bloat',
		'Dead tuples and the free space vacuum leaves behind.',
		'Bloat is the space a table keeps for dead tuples that vacuum has not reused yet. The pgstattuple extension measures it exactly.'
	),
	written(
		'idempotent-webhooks',
		3,
		'Idempotent webhooks',
		'Handling retries without double charges.',
		'A webhook sender retries until it gets a 2xx response, so a handler sees the same event more than once. Store the event id with the idempotency key before doing the work, in the same transaction, and a retried event becomes a no-op.'
	),
	written(
		'backoff-and-jitter',
		4,
		'Backoff and jitter for retries',
		'Why you should spread retries out, and how you would do it.',
		'Should every client retry at once, they would knock a recovering service over again, because retries at a fixed interval arrive together. Exponential backoff spaces the retries out; jitter spreads them so that clients would not retry in step. You should cap the backoff, because otherwise a client could wait for hours.'
	),
	written(
		'freezing-old-rows',
		5,
		'Freezing old rows in a database',
		'How the database keeps very old rows readable.',
		'Every row in the database carries the id of the transaction that wrote it. Ids are 32 bits, so the database must freeze old rows before the counter comes round again: wraparound. Freezing rewrites the page and marks each old row as visible to everyone.'
	),
	written(
		'xid-wraparound',
		6,
		'Surviving wraparound',
		'A warning in the logs, then a shutdown.',
		'The warning says there are ten million ids left before wraparound. Stop the noisy batch jobs, find the oldest open transaction and end it, then let the freeze run.'
	),
	written(
		'query-plans',
		9,
		'Reading query plans in a database',
		'What the planner chose in a database that is slow.',
		'The planner picks a plan from its statistics about the database. A database that is slow for one query is usually slow because the planner misjudged the rows. Update the statistics of the database and run the query again. The database will thank you.'
	),
	written(
		'connection-pooling',
		10,
		'Why your database needs a connection pool',
		'Each connection to the database costs memory.',
		'A database connection is a process with its own memory. A web app that opens a connection per request runs the database out of memory long before it runs out of CPU. A pool in front of the database keeps a few connections busy instead of many idle. The database stays fast, the database stays up.'
	),
	written(
		'tenant-schema',
		11,
		'One database per tenant, or one schema?',
		'Choosing how to keep tenants apart in a database.',
		'A database per tenant isolates best and costs most. A schema per tenant shares the database. A tenant column in every row shares everything and relies on the database to filter. Most products should start with the tenant column in one database.'
	),
	written(
		'rewrite-or-not',
		12,
		'Should you rewrite it?',
		'What you would gain, what you could lose, and why you should wait.',
		'You should not rewrite because the code is old. You would lose years of fixes that nobody wrote down, and you could spend a year getting back to where you were. If you should rewrite at all, it would be because the product has changed under the code, and even then you could do it piece by piece.'
	),
];

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

	it('ranks the article sharing words only few articles use above those sharing a word most use', () => {
		// "wraparound" and "transaction" against "database", which freezing-old-rows says five times.
		expect(pickRelatedArticles(blog(), { count: 1 }).get('freezing-old-rows')).toEqual([
			'xid-wraparound',
		]);
		expect(pickRelatedArticles(blog(), { count: 1 }).get('autovacuum-tuning')).toEqual([
			'measuring-bloat',
		]);
	});

	it('ignores words such as "should" and "because" that say nothing about the topic', () => {
		const related = pickRelatedArticles(blog(), { count: 2 });
		// The opinion piece shares a dozen of them with backoff-and-jitter; the webhooks article
		// shares "retries".
		expect(related.get('backoff-and-jitter')).toEqual(['idempotent-webhooks', 'rewrite-or-not']);
		expect(related.get('idempotent-webhooks')?.[0]).toBe('backoff-and-jitter');
	});

	it('counts words shared only in titles', () => {
		const articles = [
			article('subject', { day: 1, title: 'Postgres vacuum', body: 'Dead rows pile up.' }),
			article('vacuum-explained', { day: 2, title: 'Vacuum explained', body: 'A sweep.' }),
			article('newest', { day: 9, title: 'Sourdough', body: 'Flour and water.' }),
		];
		expect(pickRelatedArticles(articles, { count: 1 }).get('subject')).toEqual([
			'vacuum-explained',
		]);
	});

	it('weighs tags alone, or words alone, as the options say', () => {
		const articles = [
			article('subject', { day: 1, tags: ['ops'], title: 'Kubernetes operators reconcile' }),
			article('same-tag', { day: 2, tags: ['ops'], title: 'Pager rotations' }),
			article('same-words', { day: 3, tags: ['web'], title: 'Kubernetes operators reconcile' }),
			article('newest', { day: 9, tags: ['baking'], title: 'Sourdough' }),
		];
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'same-tag',
			'same-words',
		]);
		// Only tags: the article sharing only words scores nothing, so the newest article comes next.
		expect(pickRelatedArticles(articles, { count: 2, tagWeight: 1 }).get('subject')).toEqual([
			'same-tag',
			'newest',
		]);
		expect(pickRelatedArticles(articles, { count: 2, tagWeight: 0 }).get('subject')).toEqual([
			'same-words',
			'newest',
		]);
	});

	it('keeps only the most distinctive words of each article when asked for few', () => {
		const articles = [
			// "vacuum" is in two articles, "database" in five: vacuum is the subject's word.
			article('subject', { day: 3, title: 'Vacuum', body: 'database database database database' }),
			article('vacuum-notes', { day: 1, title: 'Vacuum' }),
			...[4, 5, 6, 7].map((day) => article(`database-${day}`, { day, body: 'database' })),
			article('sourdough', { day: 9, title: 'Sourdough' }),
		];
		// With one word kept, the database articles share nothing with the subject, so the newest
		// article fills the list; with every word kept, the newest database article comes second.
		expect(pickRelatedArticles(articles, { count: 2, termsPerArticle: 1 }).get('subject')).toEqual([
			'vacuum-notes',
			'sourdough',
		]);
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'vacuum-notes',
			'database-7',
		]);
	});

	it('keeps the alphabetically first of equally distinctive words', () => {
		const articles = [
			article('subject', { day: 2, title: 'Kafka Raft Etcd' }),
			article('about-kafka', { day: 1, title: 'Kafka' }),
			article('about-raft', { day: 3, title: 'Raft' }),
			article('about-etcd', { day: 4, title: 'Etcd' }),
			article('sourdough', { day: 5, title: 'Sourdough' }),
		];
		// Two words kept: "etcd" and "kafka"; the raft article shares none of them.
		const related = pickRelatedArticles(articles, { count: 3, termsPerArticle: 2 });
		expect(related.get('subject')).toEqual(['about-etcd', 'about-kafka', 'sourdough']);
	});

	it('breaks a tie between articles found through different words in favour of the newer', () => {
		// "kafka" comes before "raft", so the older article is found first.
		const articles = [
			article('subject', { day: 2, title: 'Raft Kafka' }),
			article('about-kafka', { day: 1, title: 'Kafka' }),
			article('about-raft', { day: 3, title: 'Raft' }),
		];
		expect(pickRelatedArticles(articles, { count: 2 }).get('subject')).toEqual([
			'about-raft',
			'about-kafka',
		]);
	});

	it('indexes only the strongest articles of a tag when asked for few, the newest on ties', () => {
		const articles = [
			article('subject', { day: 3, tags: ['queues'] }),
			article('older', { day: 1, tags: ['queues'] }),
			article('newer', { day: 2, tags: ['queues'] }),
			// Sharing the tag among three weighs it less in this article than in the others.
			article('broad', { day: 5, tags: ['queues', 'kafka', 'go'] }),
			article('newest', { day: 9, tags: ['baking'] }),
		];
		// Two articles per tag: subject and newer hold "queues" most strongly, newer before older.
		expect(pickRelatedArticles(articles, { count: 3, articlesPerTerm: 2 }).get('subject')).toEqual([
			'newer',
			'newest',
			'broad',
		]);
		expect(pickRelatedArticles(articles, { count: 3 }).get('subject')).toEqual([
			'newer',
			'older',
			'broad',
		]);
	});

	it('orders articles of the same date by slug, whatever order they come in', () => {
		const slugs = ['delta', 'alpha', 'echo', 'charlie', 'bravo'];
		const articles = slugs.map((slug) => article(slug, { day: 5 }));
		const expected = {
			alpha: ['bravo', 'charlie', 'delta', 'echo'],
			bravo: ['alpha', 'charlie', 'delta', 'echo'],
			charlie: ['alpha', 'bravo', 'delta', 'echo'],
			delta: ['alpha', 'bravo', 'charlie', 'echo'],
			echo: ['alpha', 'bravo', 'charlie', 'delta'],
		};
		const alphabetical = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1));
		for (const input of [articles, [...articles].reverse(), alphabetical, alphabetical.reverse()]) {
			expect(Object.fromEntries(pickRelatedArticles(input, { count: 4 }))).toEqual(expected);
		}
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

	// The timeout is a safety net for slow machines and for StrykerJS, whose instrumentation makes
	// this test about twenty times slower; it is not a performance assertion.
	it('keys the result by every article slug for a 2,000-article site', { timeout: 180_000 }, () => {
		const articles = syntheticArticles(2000, 2026);
		const related = pickRelatedArticles(articles, { count: 3 });
		expect(related.size).toBe(2000);
		expect(new Set(related.keys())).toEqual(new Set(articles.map(({ slug }) => slug)));
		expect([...related.values()].every((picks) => picks.length === 3)).toBe(true);
	});
});
