import type { EntrySummary } from '@/features/doctor/entry-summary';

/**
 * A published article's summary with no tags, aliases, links or references, overridden field by
 * field; `collection` and `urlPath` follow the collection's section unless given.
 */
export function makeSummary(overrides: Partial<EntrySummary> & { id: string }): EntrySummary {
	const collection = overrides.collection ?? 'blog';
	const section = { blog: '/blog/', 'case-studies': '/case-studies/', pages: '/' }[
		collection as string
	];
	return {
		file: `${collection}/${overrides.id}.md`,
		collection,
		urlPath: section === undefined ? undefined : `${section}${overrides.id}/`,
		firstLine: 1,
		status: 'published',
		pubDate: new Date('2025-01-01T00:00:00Z'),
		tags: [],
		aliases: [],
		links: [],
		references: [],
		...overrides,
	};
}
