import type { PublicationStatus } from '@/content-model/publication';

/** A value written on a given file line. */
export interface Located<T> {
	value: T;
	line: number;
}

/** What the site-wide checks (routes, links, tags) need to know about one article file. */
export interface ArticleSummary {
	/** Path of the file, as printed. */
	file: string;
	/** The entry id, which is the URL slug: `/blog/<slug>/`. */
	slug: string;
	/** Line where file-wide problems point: the opening `---` of the frontmatter. */
	firstLine: number;
	/** Undefined when the frontmatter is invalid, so the status is unknown. */
	status: PublicationStatus | undefined;
	pubDate: Date | undefined;
	tags: Located<string>[];
	aliases: Located<string>[];
	links: Located<string>[];
	/** The id its `series` field names, if any. */
	series: Located<string> | undefined;
}
