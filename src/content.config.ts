import { defineCollection } from 'astro:content';
import { contentDirectory } from './content-location';
import { globReportingAllErrors } from './loaders/glob-reporting-all-errors';
import { articleSchema } from './schemas/article';
import { siteConfig } from './site.config';

const blog = defineCollection({
	// `slug.mdx` and `slug/index.mdx` (with co-located images) both get the id `slug`.
	loader: globReportingAllErrors({
		pattern: '**/[^_]*.{md,mdx}',
		base: `${contentDirectory}/blog`,
	}),
	schema: (context) => articleSchema(context, { timeZone: siteConfig.timeZone }),
});

export const collections = { blog };
