import { describeMissingReference } from '@/content-model/references';
import type { EntrySummary } from './entry-summary';
import type { Problem } from './problem';

/**
 * Errors for fields that name an entry of another collection that does not exist, or only as a
 * draft (`author: jane-doe` without `content/authors/jane-doe.yaml`): the build refuses them too.
 */
export function checkReferences(entries: readonly EntrySummary[]): Problem[] {
	const known = new Map<string, Set<string>>();
	for (const { collection, id, status } of entries) {
		if (id === '' || status === 'draft') continue;
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
