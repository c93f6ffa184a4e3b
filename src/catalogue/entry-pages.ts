import { getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { listCollections } from '@/content-model/collections';
import { contentDirectory } from '@/content-model/location';
import type { AliasClaim } from '@/content-model/routes';

/** Every entry of every collection with a section, drafts and scheduled entries too. */
async function getEntriesWithPages() {
	const entries = [];
	for (const [name, { section }] of listCollections()) {
		// A collection without a folder is empty; Astro would warn about it in every build log.
		if (section === undefined || !existsSync(`${contentDirectory}/${name}`)) continue;
		for (const entry of await getCollection(name)) entries.push({ section, entry });
	}
	return entries;
}

/**
 * The site path of every entry's page, drafts and scheduled entries too (they will have the URL
 * once published), with the entry's file.
 */
export async function getEntryPages(): Promise<Map<string, string>> {
	return new Map(
		(await getEntriesWithPages()).map(({ section, entry }) => [
			`${section}${entry.id}/`,
			entry.filePath ?? entry.id,
		])
	);
}

/** Every alias of every entry, drafts too: an alias must be free before its entry goes live. */
export async function getAliasClaims(): Promise<AliasClaim[]> {
	return (await getEntriesWithPages()).flatMap(({ entry }) => {
		const aliases: unknown = 'aliases' in entry.data ? entry.data.aliases : [];
		return Array.isArray(aliases)
			? aliases.map((alias: unknown) => ({
					alias: String(alias),
					file: entry.filePath ?? entry.id,
				}))
			: [];
	});
}
