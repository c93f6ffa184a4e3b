import { describeMissingReference } from '@/content-model/references';
import type { EntrySummary } from './entry-summary';
import type { Problem } from './problem';

/**
 * Collections whose drafts a reference may not name: a call to action links to its service's
 * page, which a draft does not have. Other references to a draft (a series, a testimonial's case
 * study) show without a link until it is published, as the build does.
 */
const PUBLISHED_ONLY = new Set(['services']);

/**
 * Errors for fields that name an entry of another collection that does not exist
 * (`author: jane-doe` without `content/authors/jane-doe.yaml`): the build refuses them too.
 */
export function checkReferences(entries: readonly EntrySummary[]): Problem[] {
	const known = new Map<string, Set<string>>();
	for (const { collection, id, status } of entries) {
		if (id === '' || (status === 'draft' && PUBLISHED_ONLY.has(collection))) continue;
		known.set(collection, (known.get(collection) ?? new Set()).add(id));
	}
	return entries.flatMap(({ file, references }) =>
		references.flatMap(({ value, line }) => {
			const message = describeMissingReference(value, known);
			return message
				? [{ severity: 'error', file, line, rule: 'missing-reference', message } as const]
				: [];
		})
	);
}
