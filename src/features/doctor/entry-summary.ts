import type { CollectionName } from '@/content-model/collections';
import type { PublicationStatus } from '@/content-model/publication';

/** A value written on a given file line. */
export interface Located<T> {
	value: T;
	line: number;
}

/** A field naming an entry of another collection: `author: layla-haddad`. */
export interface Reference {
	field: string;
	collection: string;
	id: string;
}

/** What the site-wide checks (routes, links, tags, references) need to know about one entry file. */
export interface EntrySummary {
	/** Path of the file, as printed. */
	file: string;
	collection: CollectionName;
	/** The entry id, which is also its URL slug: `/blog/<id>/`. Empty when the file name gives none. */
	id: string;
	/** The site path of its page, or undefined for entries without one (authors). */
	urlPath: string | undefined;
	/** Line where file-wide problems point: the opening `---` of the frontmatter. */
	firstLine: number;
	/** Undefined when the data is invalid, so the status is unknown. */
	status: PublicationStatus | undefined;
	pubDate: Date | undefined;
	tags: Located<string>[];
	aliases: Located<string>[];
	links: Located<string>[];
	references: Located<Reference>[];
}
