import { defineCollection } from 'astro:content';
import { globReportingAllErrors } from './loaders/glob-reporting-all-errors';
import { articleSchema } from './schemas/article';
import { siteConfig } from './site.config';

/**
 * Where the author's writing lives. Tests and the benchmark point this at another folder; a site
 * owner never needs to.
 */
const contentDirectory = process.env['FIELDNOTES_CONTENT_DIR'] ?? './content';

const blog = defineCollection({
	// `slug.mdx` and `slug/index.mdx` (with co-located images) both get the id `slug`.
	loader: globReportingAllErrors({
		pattern: '**/[^_]*.{md,mdx}',
		base: `${contentDirectory}/blog`,
	}),
	schema: (context) => articleSchema(context, { timeZone: siteConfig.timeZone }),
});

export const collections = { blog };
