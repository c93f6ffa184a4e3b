import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { isAbsolute, resolve } from 'node:path';
import type { CollectionDescription } from '@/content-model/collections';
import { referenceById } from '@/content-model/fields';
import type { RuleId } from './problem';

/** One schema issue, with the field it concerns. */
export interface EntryIssue {
	rule: Extract<RuleId, 'schema' | 'missing-image'>;
	/** Field the issue points at, e.g. `['aliases', 1]`; for unknown fields, the first of them. */
	path: (string | number)[];
	message: string;
}

/** What validation needs from outside: the site's time zone and a way to look at the disk. */
export interface EntryValidatorOptions {
	timeZone: string;
	/** Whether a file exists at an absolute path (injected so tests need no files). */
	isFile: (path: string) => boolean;
}

/** Validates the data of an entry in `entryDirectory` (against which image paths resolve). */
export type EntryValidator = (
	data: Record<string, unknown>,
	entryDirectory: string
) => { data: Record<string, unknown>; issues: [] } | { data: undefined; issues: EntryIssue[] };

const MISSING_IMAGE = 'missing-image';

/**
 * The doctor's stand-in for Astro's `image()` schema helper: it checks that the file exists next to
 * the entry instead of reading its dimensions, which is all the doctor needs and much faster.
 * @param getEntryDirectory folder of the entry being validated, against which paths resolve
 */
export function createImageSchema(
	getEntryDirectory: () => string,
	isFile: (path: string) => boolean
) {
	return () =>
		z.string().superRefine((value, context) => {
			if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) {
				context.addIssue({
					code: 'custom',
					message: `image ${value} is a URL: it must be a file next to the entry, such as ./cover.png`,
					params: { rule: MISSING_IMAGE },
				});
				return;
			}
			const path = isAbsolute(value) ? value : resolve(getEntryDirectory(), value);
			if (!isFile(path)) {
				context.addIssue({
					code: 'custom',
					message: `image ${value} does not exist: the path is relative to this file`,
					params: { rule: MISSING_IMAGE },
				});
			}
		});
}

/**
 * A validator built on a collection's real schema, which returns the entry's data or every issue.
 * Messages follow the build's wording: `field: message`, and "is required" for a missing field.
 * The schema is built once: building it per file costs more than validating.
 */
export function createEntryValidator(
	collection: Pick<CollectionDescription, 'schema'>,
	{ timeZone, isFile }: EntryValidatorOptions
): EntryValidator {
	// Parsing is synchronous, so the directory set just before a parse is the one image() sees.
	// Stryker disable next-line StringLiteral: every parse sets the directory first, so this value is never read
	let entryDirectory = '.';
	// The real image() returns image metadata; the schema only passes its result through.
	const image = createImageSchema(
		() => entryDirectory,
		isFile
	) as unknown as SchemaContext['image'];
	const schema = collection.schema({ image }, { timeZone, reference: referenceById });
	return (data, directory) => {
		entryDirectory = directory;
		const result = schema.safeParse(data);
		if (result.success) return { data: result.data as Record<string, unknown>, issues: [] };
		return {
			data: undefined,
			issues: result.error.issues.map((issue) => {
				const path = issue.path.map((segment) =>
					// Stryker disable next-line ConditionalExpression: String() keeps a string key as it is, and zod paths hold no symbols
					typeof segment === 'number' ? segment : String(segment)
				);
				// The data is an object, so only a field (a non-empty path) can be missing.
				const isMissing = issue.code === 'invalid_type' && valueAt(data, path) === undefined;
				const message = isMissing ? 'is required' : issue.message;
				// Stryker disable next-line ConditionalExpression: only custom issues carry params; the code test narrows the type
				const isImage = issue.code === 'custom' && issue.params?.['rule'] === MISSING_IMAGE;
				// Unknown fields are an issue of the whole object; point at the first of them.
				const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
				return {
					rule: isImage ? 'missing-image' : 'schema',
					path: unknownKey === undefined ? path : [...path, unknownKey],
					message: path.length > 0 ? `${path.join('.')}: ${message}` : message,
				};
			}),
		};
	};
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	let value = data;
	for (const segment of path) {
		// Stryker disable next-line ConditionalExpression,LogicalOperator: zod reports an issue at the first value that is not an object, so a path never goes through one
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[segment];
	}
	return value;
}
