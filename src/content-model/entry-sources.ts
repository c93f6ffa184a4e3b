import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCollections } from './collections';
import { dateSchema } from './dates';
import { listEntryFiles } from './entry-files';
import { readEntrySource, sourceFormatOf } from './entry-source';

/** An entry file and the site path of its page. */
export interface EntryPage {
	/** `/blog/<id>/`, `/case-studies/<id>/`, `/<id>/` for pages … */
	urlPath: string;
	/** Absolute path of the file. */
	file: string;
}

/**
 * Every entry that gets a page, in every collection with a section (see COLLECTIONS), with the
 * site path of its page: for code outside Astro's content layer, such as the link checker naming
 * the file behind a page. Whether the entry is published is not checked.
 * @param contentDirectory the folder that holds the collections' folders
 */
export function listEntryPages(contentDirectory: string): EntryPage[] {
	return listCollections().flatMap(([name, collection]) => {
		const { section } = collection;
		if (section === undefined) return [];
		return listEntryFiles(join(contentDirectory, name), collection)
			.filter(({ id }) => id !== '')
			.map(({ id, path }) => ({ urlPath: `${section}${id}/`, file: path }));
	});
}

/** What the sitemap needs to know about one entry page, read straight from its file. */
export interface SitemapFacts {
	/** `updatedDate`, else `pubDate`, read by the same rules as the content schema. */
	lastModified: Date | undefined;
	/** Old URLs that now only redirect here. */
	aliases: string[];
}

/**
 * Sitemap facts of every entry page, keyed by its site path. @astrojs/sitemap runs after the
 * build and cannot query collections, so this reads the files with the loader's reader; it only
 * describes pages the build already decided to publish, and the schema reports bad values.
 */
export function readSitemapFacts(
	contentDirectory: string,
	timeZone: string
): Map<string, SitemapFacts> {
	const toDate = dateSchema(timeZone);
	const facts = new Map<string, SitemapFacts>();
	for (const { urlPath, file } of listEntryPages(contentDirectory)) {
		// Stryker disable next-line all: series are the only data files with a page and hold no dates or aliases, so read as documents they give the same facts
		const extension = file.slice(file.lastIndexOf('.') + 1);
		const { data } = readEntrySource(readFileSync(file, 'utf8'), sourceFormatOf(extension));
		const date = toDate.safeParse(data['updatedDate'] ?? data['pubDate']);
		const aliases = data['aliases'];
		facts.set(urlPath, {
			lastModified: date.success ? date.data : undefined,
			aliases: Array.isArray(aliases)
				? aliases.filter((alias): alias is string => typeof alias === 'string')
				: [],
		});
	}
	return facts;
}
