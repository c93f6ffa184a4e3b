import { formatDate, type DateFormatOptions } from '@/lib/format-date';
import type { PublicationStatus } from '@/content-model/publication';

/**
 * The note shown above an unpublished entry in `astro dev`, telling the author why readers cannot
 * see it yet. Undefined for a published entry, which needs no note.
 */
export function buildPreviewNotice(
	status: PublicationStatus,
	pubDate: Date,
	dateFormat: DateFormatOptions
): string | undefined {
	switch (status) {
		case 'published':
			return undefined;
		case 'draft':
			return 'Draft — only visible in development. It will not be published until you remove "draft: true" from its frontmatter.';
		case 'scheduled':
			return `Scheduled for ${formatDate(pubDate, dateFormat)} — only visible in development until then.`;
	}
}
