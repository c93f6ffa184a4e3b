import type { Loader } from 'astro/loaders';
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import {
	listCollections,
	type CollectionName,
	type CollectionSchema,
} from './content-model/collections';
import { contentLoader } from './content-model/loader';
import { siteConfig } from './site.config';

const { timeZone } = siteConfig;

/** Every collection of content-model/collections.ts, loaded from its folder and validated. */
export const collections = Object.fromEntries(
	listCollections().map(([name, description]) => [
		name,
		defineCollection({
			loader: contentLoader(name, description),
			schema: (context) => description.schema(context, { timeZone, reference }),
		}),
	])
) as {
	// What Astro infers each collection's entry type from.
	[Name in CollectionName]: {
		loader: Loader;
		schema: (context: SchemaContext) => CollectionSchema<Name>;
	};
};
