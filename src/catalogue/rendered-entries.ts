import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntrySource } from '@/content-model/entry-source';
import { readRenderedFile, renderedFileOf } from '@/content-model/rendered-files';

// The site's loader keeps entries' rendered HTML and raw bodies out of Astro's data store (see
// src/content-model/rendered-files.ts); these put them back where a page needs them. Builds run from the
// project root, which the stored paths are relative to.

/** An entry with its rendered content back in place. */
export function withRenderedContent<Entry extends CollectionEntry<CollectionKey>>(
	entry: Entry
): Entry {
	const file = renderedFileOf(entry.rendered);
	return file ? { ...entry, rendered: readRenderedFile(file, process.cwd()) } : entry;
}

/** `render()` of astro:content, for an entry of this site's collections. */
export function renderEntry(entry: CollectionEntry<CollectionKey>): ReturnType<typeof render> {
	return render(withRenderedContent(entry));
}

/** An entry's Markdown or MDX below its frontmatter, read from its file. */
export function readEntryBody(entry: CollectionEntry<CollectionKey>): string {
	if (!entry.filePath) return '';
	return readEntrySource(
		readFileSync(join(process.cwd(), entry.filePath), 'utf8'),
		'document'
	).body.trim();
}
