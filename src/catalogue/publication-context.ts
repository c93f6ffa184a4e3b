import type { PublicationContext } from '@/content-model/publication';

/**
 * "Now" for this build, read once so every page of one build agrees on which articles are
 * scheduled. In `astro dev` drafts and scheduled entries are shown with a badge.
 */
export const publicationContext: PublicationContext = {
	now: new Date(),
	isDev: __FIELDNOTES_PREVIEW_UNPUBLISHED__,
};
