import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { articlePath } from '@/lib/paths';
import { dateSchema } from './dates';
import {
	coverFields,
	referenceById,
	requireCoverAlt,
	requiredText,
	strictFields,
	tagsField,
} from './fields';

/** Options the article schema takes from the site configuration and Astro. */
export interface ArticleSchemaOptions {
	/** The site's IANA time zone, in which a date-only `pubDate` starts. */
	timeZone: string;
	/**
	 * Astro's `reference()` from astro:content in the build; `referenceById` where Astro does not
	 * run. Whether the referenced entry exists is checked in src/catalogue/references.ts, which names
	 * both files.
	 */
	reference?: (
		collection: 'authors' | 'services'
	) => z.ZodType<{ collection: string; id: string }, unknown>;
}

/**
 * Frontmatter of `content/blog/` articles. Unknown fields are errors, so a typo such as `tag:` or
 * `pubdate:` fails the build instead of being silently ignored.
 */
export function articleSchema(
	{ image }: SchemaContext,
	{ timeZone, reference = referenceById }: ArticleSchemaOptions
) {
	const fields = {
		/** Plain-text title; any characters are allowed and escaped on output. */
		title: requiredText(),
		/** One or two sentences for the meta description, cards and feeds. */
		description: requiredText(),
		/** Publication date; a future date schedules the article. */
		pubDate: dateSchema(timeZone),
		/** Date of the last meaningful change, shown as "Updated …" and used as sitemap lastmod. */
		updatedDate: dateSchema(timeZone).optional(),
		tags: tagsField(),
		/** Drafts show in `astro dev` only. */
		draft: z.boolean().default(false),
		...coverFields(image),
		/** The id of the author in `content/authors/`; the site's main author when left out. */
		author: reference('authors').optional(),
		/** The id of a service in `content/services/`, offered in a box at the end of the article. */
		cta: reference('services').optional(),
		/** Original location of an article first published elsewhere. */
		canonicalURL: z.url().optional(),
		/** Old URLs of a renamed article; each becomes a redirect page. @example ['/blog/old-slug/'] */
		aliases: z
			.array(
				z.string().regex(/^\/(?:[\w.~-]+\/)+$/, {
					message: `must be a site path with a trailing slash, such as "${articlePath('old-slug')}"`,
				})
			)
			.default([]),
	};
	return strictFields(fields).superRefine((article, context) => {
		requireCoverAlt(article, context);
		if (article.updatedDate && article.updatedDate < article.pubDate) {
			context.addIssue({
				code: 'custom',
				path: ['updatedDate'],
				message: 'must not be before pubDate',
			});
		}
	});
}
