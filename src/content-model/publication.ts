/** The frontmatter fields that decide whether an entry is public. */
export interface PublicationFields {
	draft: boolean;
	pubDate: Date;
}

/** Where an entry stands: live, never to be built (`draft`), or waiting for its date (`scheduled`). */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** The moment and mode of the current build or dev server. */
export interface PublicationContext {
	/** The build's start time; passed in so one build sees one consistent "now". */
	now: Date;
	/** True in `astro dev`, where authors preview drafts and scheduled entries. */
	isDev: boolean;
}

/** Classifies an entry: a draft wins over a future date. */
export function getPublicationStatus(entry: PublicationFields, now: Date): PublicationStatus {
	if (entry.draft) return 'draft';
	if (entry.pubDate.getTime() > now.getTime()) return 'scheduled';
	return 'published';
}

/**
 * Whether an entry may appear in the output: always in dev (with a badge), and in a build only when
 * it is not a draft and its publication date has come.
 */
export function isPublished(entry: PublicationFields, { now, isDev }: PublicationContext): boolean {
	return isDev || getPublicationStatus(entry, now) === 'published';
}
