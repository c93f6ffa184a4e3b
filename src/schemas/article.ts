import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { dateSchema } from './dates';

/** Options the article schema takes from the site configuration. */
export interface ArticleSchemaOptions {
	/** The site's IANA time zone, in which a date-only `pubDate` starts. */
	timeZone: string;
}

/**
 * Frontmatter of `content/blog/` articles. Unknown fields are errors, so a typo such as `tag:` or
 * `pubdate:` fails the build instead of being silently ignored.
 */
export function articleSchema({ image }: SchemaContext, { timeZone }: ArticleSchemaOptions) {
	const fields = {
		/** Plain-text title; any characters are allowed and escaped on output. */
		title: z.string().trim().min(1, { message: 'must not be empty' }),
		/** One or two sentences for the meta description, cards and feeds. */
		description: z.string().trim().min(1, { message: 'must not be empty' }),
		/** Publication date; a future date schedules the article. */
		pubDate: dateSchema(timeZone),
		/** Date of the last meaningful change, shown as "Updated …" and used as sitemap lastmod. */
		updatedDate: dateSchema(timeZone).optional(),
		/** Topics; "TypeScript" and "typescript" are the same tag. */
		tags: z
			.array(
				z
					.string()
					.trim()
					.regex(/[\p{L}\p{N}]/u, { message: 'must contain a letter or a digit' })
			)
			.default([]),
		/** Drafts show in `astro dev` only. */
		draft: z.boolean().default(false),
		/** Cover image, relative to the article file, e.g. `./cover.png`. */
		cover: image().optional(),
		/** Alternative text of the cover; required with `cover`. */
		coverAlt: z.string().trim().min(1, { message: 'must not be empty' }).optional(),
		/** Original location of an article first published elsewhere. */
		canonicalURL: z.url().optional(),
		/** Old URLs of a renamed article; each becomes a redirect page. @example ['/blog/old-slug/'] */
		aliases: z
			.array(
				z.string().regex(/^\/(?:[\w.~-]+\/)+$/, {
					message: 'must be a site path with a trailing slash, such as "/blog/old-slug/"',
				})
			)
			.default([]),
	};
	return z
		.strictObject(fields, {
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; allowed fields are ${Object.keys(fields).join(', ')}`
					: undefined,
		})
		.superRefine((article, context) => {
			if (article.cover && !article.coverAlt) {
				context.addIssue({
					code: 'custom',
					path: ['coverAlt'],
					message:
						'is required when cover is set: describe the image for readers who cannot see it',
				});
			}
			if (article.updatedDate && article.updatedDate < article.pubDate) {
				context.addIssue({
					code: 'custom',
					path: ['updatedDate'],
					message: 'must not be before pubDate',
				});
			}
		});
}
