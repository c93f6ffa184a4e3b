import { describeMissingReference } from '@/content-model/references';
import type { ArticleSummary } from './article-summary';
import type { Problem } from './problem';

/** The ids of the collections an article may name, read from the content folder. */
export interface KnownEntries {
	/** The ids of `content/series/`. */
	series: ReadonlySet<string>;
}

/**
 * Errors for an article whose `series` names no file in `content/series/`, in the build's words
 * (src/catalogue/references.ts). Drafts count too: a draft is published some day.
 */
export function checkReferences(
	articles: readonly ArticleSummary[],
	known: KnownEntries
): Problem[] {
	return articles.flatMap(({ file, series }) =>
		series === undefined || known.series.has(series.value)
			? []
			: [
					{
						severity: 'error' as const,
						file,
						line: series.line,
						rule: 'missing-reference' as const,
						message: describeMissingReference(
							{ field: 'series', collection: 'series', id: series.value },
							known.series
						),
					},
				]
	);
}
