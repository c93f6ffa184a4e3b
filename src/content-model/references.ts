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
		const ids = known.get(reference.collection) ?? new Set<string>();
		if (ids.has(reference.id)) continue;
		const line = `  ${describeMissingReference(reference, ids)}`;
		missingByFile.set(reference.file, [...(missingByFile.get(reference.file) ?? []), line]);
	}
	if (missingByFile.size === 0) return undefined;
	const count = [...missingByFile.values()].flat().length;
	const files = [...missingByFile]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([file, lines]) => `${file}\n${lines.join('\n')}`);
	return `${count} reference${count === 1 ? '' : 's'} to entries that do not exist:\n\n${files.join('\n\n')}\n\nFix the id in each file named above, or add the missing entry as content/<collection>/<id>.`;
}

/**
 * What is wrong with one reference to an entry that does not exist, with the ids that do:
 * `series: "x" is not in content/series/ (series: a, b)`. The build and the doctor both say it so.
 */
export function describeMissingReference(
	{ field, collection, id }: Omit<EntryReference, 'file'>,
	known: ReadonlySet<string>
): string {
	const existing =
		known.size > 0 ? `(${collection}: ${[...known].sort().join(', ')})` : `(it has none)`;
	return `${field}: "${id}" is not in content/${collection}/ ${existing}`;
}
