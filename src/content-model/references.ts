import { compareText } from '@/lib/order';

/** A field of one content file that names an entry of another collection. */
export interface EntryReference {
	/** The file holding the reference, e.g. `content/blog/x.mdx`. */
	file: string;
	field: string;
	/** The referenced collection, which is also its folder under `content/`. */
	collection: string;
	id: string;
}

/**
 * What is wrong with a reference, `author: "jane-doe" is not in content/authors/ (authors: …)`,
 * or undefined when it names an entry that exists.
 * @param known the ids of each collection
 */
export function describeMissingReference(
	{ field, collection, id }: Pick<EntryReference, 'field' | 'collection' | 'id'>,
	known: ReadonlyMap<string, ReadonlySet<string>>
): string | undefined {
	const ids = known.get(collection) ?? new Set<string>();
	if (ids.has(id)) return undefined;
	const existing =
		ids.size > 0 ? `(${collection}: ${[...ids].sort().join(', ')})` : `(it has none)`;
	return `${field}: "${id}" is not in content/${collection}/ ${existing}`;
}

/**
 * One error message for every reference to an entry that does not exist, grouped by file, with
 * the ids that do exist; `undefined` when every reference resolves.
 * @param known the ids of each collection
 */
export function describeMissingReferences(
	references: readonly EntryReference[],
	known: ReadonlyMap<string, ReadonlySet<string>>
): string | undefined {
	const missingByFile = new Map<string, string[]>();
	for (const reference of references) {
		const missing = describeMissingReference(reference, known);
		if (missing === undefined) continue;
		missingByFile.set(reference.file, [
			...(missingByFile.get(reference.file) ?? []),
			`  ${missing}`,
		]);
	}
	if (missingByFile.size === 0) return undefined;
	const count = [...missingByFile.values()].flat().length;
	const files = [...missingByFile]
		.sort(([a], [b]) => compareText(a, b))
		.map(([file, lines]) => `${file}\n${lines.join('\n')}`);
	return `${count} reference${count === 1 ? '' : 's'} to entries that do not exist:\n\n${files.join('\n\n')}\n\nFix the id in each file named above, or add the missing entry as content/<collection>/<id>.`;
}
