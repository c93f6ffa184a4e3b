import { defineCollection, reference } from 'astro:content';
import { contentDirectory } from './content-model/location';
import { globReportingAllErrors } from './content-model/loader';
import { articleSchema } from './content-model/article';
import {
	authorSchema,
	caseStudySchema,
	experimentSchema,
	pageSchema,
	serviceSchema,
} from './content-model/portfolio';
import { seriesSchema } from './content-model/series';
import { testimonialSchema } from './content-model/testimonial';
import { siteConfig } from './site.config';

const { timeZone } = siteConfig;

/** `slug.mdx` and `slug/index.mdx` (with co-located images) both get the id `slug`. */
function entriesIn(folder: string, extensions = '{md,mdx}') {
	return globReportingAllErrors({
		pattern: `**/[^_]*.${extensions}`,
		base: `${contentDirectory}/${folder}`,
	});
}

const blog = defineCollection({
	loader: entriesIn('blog'),
	schema: (context) => articleSchema(context, { timeZone, reference }),
});

const caseStudies = defineCollection({
	loader: entriesIn('case-studies'),
	schema: (context) => caseStudySchema(context, { timeZone }),
});

const experiments = defineCollection({
	loader: entriesIn('experiments'),
	schema: (context) => experimentSchema(context, { timeZone }),
});

const services = defineCollection({ loader: entriesIn('services'), schema: serviceSchema() });

const pages = defineCollection({ loader: entriesIn('pages'), schema: pageSchema({ timeZone }) });

const authors = defineCollection({
	loader: entriesIn('authors', '{yaml,yml,json}'),
	schema: authorSchema,
});

const series = defineCollection({
	loader: entriesIn('series', '{yaml,yml}'),
	schema: seriesSchema(),
});

const testimonials = defineCollection({
	loader: entriesIn('testimonials', '{yaml,yml}'),
	schema: (context) => testimonialSchema(context, { reference }),
});

export const collections = {
	blog,
	'case-studies': caseStudies,
	experiments,
	services,
	pages,
	authors,
	series,
	testimonials,
};
