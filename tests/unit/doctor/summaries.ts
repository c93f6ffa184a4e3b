import type { ArticleSummary } from '@/features/doctor/article-summary';

/** A published article summary with no tags, aliases or links, overridden field by field. */
export function makeSummary(overrides: Partial<ArticleSummary> & { slug: string }): ArticleSummary {
	return {
		file: `blog/${overrides.slug}.md`,
		firstLine: 1,
		status: 'published',
		pubDate: new Date('2025-01-01T00:00:00Z'),
		tags: [],
		aliases: [],
		links: [],
		series: undefined,
		...overrides,
	};
}
