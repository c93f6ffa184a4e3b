import type { z } from 'astro/zod';
import { PAGE_PATHS, SECTIONS } from '@/lib/paths';
import type { SchemaContext } from 'astro:content';
import { articleSchema, type ArticleSchemaOptions } from './article';
import {
	authorSchema,
	caseStudySchema,
	experimentSchema,
	pageSchema,
	serviceSchema,
} from './portfolio';
import { seriesSchema } from './series';
import { testimonialSchema } from './testimonial';

/** What every schema may take from the site configuration and from Astro. */
export type CollectionSchemaOptions = Required<ArticleSchemaOptions>;

/**
 * One collection: where its files are, which files are entries, how an entry is validated and
 * where its pages are published. The collection's name is its folder under the content folder.
 */
export interface CollectionDescription {
	/**
	 * Extensions of its entry files: `md`/`mdx` are documents with frontmatter, `yaml`/`yml`/`json`
	 * are data files. Files whose name starts with `_` are never entries.
	 */
	extensions: readonly ('md' | 'mdx' | 'yaml' | 'yml' | 'json')[];
	/** The site path its entries are published under (`/blog/` gives `/blog/<id>/`), or undefined when entries get no page of their own. */
	section: string | undefined;
	/** Builds the schema of an entry's frontmatter or data. */
	schema: (context: SchemaContext, options: CollectionSchemaOptions) => z.ZodType;
}

/**
 * Every collection of the site, read by content.config.ts (the build), the doctor, the sitemap and
 * the link checker. A collection added here is loaded, validated and checked by all of them.
 */
export const COLLECTIONS = {
	blog: { extensions: ['md', 'mdx'], section: SECTIONS.blog, schema: articleSchema },
	'case-studies': {
		extensions: ['md', 'mdx'],
		section: SECTIONS.caseStudies,
		schema: caseStudySchema,
	},
	experiments: {
		extensions: ['md', 'mdx'],
		section: SECTIONS.experiments,
		schema: experimentSchema,
	},
	services: { extensions: ['md', 'mdx'], section: SECTIONS.services, schema: serviceSchema },
	pages: { extensions: ['md', 'mdx'], section: PAGE_PATHS.home, schema: pageSchema },
	authors: { extensions: ['yaml', 'yml', 'json'], section: undefined, schema: authorSchema },
	series: { extensions: ['yaml', 'yml'], section: SECTIONS.series, schema: seriesSchema },
	testimonials: { extensions: ['yaml', 'yml'], section: undefined, schema: testimonialSchema },
} as const satisfies Record<string, CollectionDescription>;

/** The name (and folder) of a collection. */
export type CollectionName = keyof typeof COLLECTIONS;

/** The schema a collection's entries are validated with. */
export type CollectionSchema<Name extends CollectionName> = ReturnType<
	(typeof COLLECTIONS)[Name]['schema']
>;

/** Every collection with its name, in the order above. */
export function listCollections(): [CollectionName, CollectionDescription][] {
	return Object.entries(COLLECTIONS) as [CollectionName, CollectionDescription][];
}

/**
 * The glob pattern of a collection's entry files, relative to its folder: `**\/[^_]*.{md,mdx}`.
 * `slug/index.mdx` (with co-located images) is an entry too; its id is `slug`.
 */
export function entryPatternOf({ extensions }: Pick<CollectionDescription, 'extensions'>): string {
	return `**/[^_]*.{${extensions.join(',')}}`;
}

/** Whether a collection's entries are Markdown or MDX documents (else YAML or JSON data). */
export function isDocumentCollection({
	extensions,
}: Pick<CollectionDescription, 'extensions'>): boolean {
	return extensions.some((extension) => extension === 'md' || extension === 'mdx');
}
