import { describe, expect, it } from 'vitest';
import { pickArticlesOnTopics } from '@/features/related-articles/topic-articles';

const article = (slug: string, tags: string[], day: string) => ({
	slug,
	tags,
	pubDate: new Date(`${day}T00:00:00Z`),
});

const ARTICLES = [
	article('old-postgres', ['postgres'], '2025-01-01'),
	article('new-postgres', ['postgres'], '2026-01-01'),
	article('postgres-and-go', ['postgres', 'go'], '2024-01-01'),
	article('css', ['css'], '2026-06-01'),
];

describe('pickArticlesOnTopics', () => {
	it('puts the articles sharing most topics first, then the newest', () => {
		expect(pickArticlesOnTopics(ARTICLES, ['postgres', 'go'], 3).map(({ slug }) => slug)).toEqual([
			'postgres-and-go',
			'new-postgres',
			'old-postgres',
		]);
	});

	it('orders articles sharing as much on the same day by slug, whatever order they come in', () => {
		const sameDay = [
			article('queues-in-go', ['go'], '2026-02-01'),
			article('channels-in-go', ['go'], '2026-02-01'),
			article('errors-in-go', ['go'], '2026-02-01'),
		];
		for (const input of [sameDay, [...sameDay].reverse()]) {
			expect(pickArticlesOnTopics(input, ['go'], 3).map(({ slug }) => slug)).toEqual([
				'channels-in-go',
				'errors-in-go',
				'queues-in-go',
			]);
		}
	});

	it('leaves out articles sharing nothing and stops at the count', () => {
		expect(pickArticlesOnTopics(ARTICLES, ['postgres'], 1).map(({ slug }) => slug)).toEqual([
			'new-postgres',
		]);
		expect(pickArticlesOnTopics(ARTICLES, ['rust'], 3)).toEqual([]);
	});
});
