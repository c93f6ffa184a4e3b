import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { suggestNearest } from '@/lib/nearest';

/** Trimmed text that must not be empty. */
export function requiredText() {
	return z.string().trim().min(1, { message: 'must not be empty' });
}

/** Topics; "TypeScript" and "typescript" are the same tag. */
export function tagsField() {
	return z
		.array(
			z
				.string()
				.trim()
				.regex(/[\p{L}\p{N}]/u, { message: 'must contain a letter or a digit' })
		)
		.default([]);
}

/** Technologies used, as shown: `['TypeScript', 'PostgreSQL']`. */
export function stackField() {
	return z.array(requiredText()).default([]);
}

/** A cover image (relative to the entry's file) and its alternative text, required with it. */
export function coverFields(image: SchemaContext['image']) {
	return {
		/** Cover image, relative to the entry's file, e.g. `./cover.png`. */
		cover: image().optional(),
		/** Alternative text of the cover; required with `cover`. */
		coverAlt: requiredText().optional(),
	};
}

/**
 * A strict object whose unknown-field error suggests the nearest allowed field ("unknown field
 * `updatedDat`: did you mean `updatedDate`?") or else lists them, so a typo such as `tag:` fails
 * with the fix in the message instead of being silently ignored.
 */
export function strictFields<Fields extends z.ZodRawShape>(fields: Fields) {
	const allowed = Object.keys(fields);
	return z.strictObject(fields, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => describeUnknownField(key, allowed)).join('; ')
				: undefined,
	});
}

function describeUnknownField(key: string, allowed: readonly string[]): string {
	const nearest = suggestNearest(key, allowed);
	return nearest === undefined
		? `unknown field \`${key}\`: allowed fields are ${allowed.join(', ')}`
		: `unknown field \`${key}\`: did you mean \`${nearest}\`?`;
}

/**
 * A web address that may reach a page (a link, rel=canonical, JSON-LD): http: or https: only, so
 * `javascript:` and `data:` URLs never become a link a reader can click.
 */
export function httpUrl() {
	return z.url({
		protocol: /^https?$/,
		error: 'must be an http:// or https:// URL, such as https://example.com/post',
	});
}

/** Adds the "coverAlt is required" issue to an entry with a cover but no alternative text. */
export function requireCoverAlt(
	entry: { cover?: unknown; coverAlt?: string | undefined },
	context: z.RefinementCtx
): void {
	if (entry.cover && !entry.coverAlt) {
		context.addIssue({
			code: 'custom',
			path: ['coverAlt'],
			message: 'is required when cover is set: describe the image for readers who cannot see it',
		});
	}
}

/**
 * A reference to another entry by its id, read as Astro's `reference()` reads it: `{ collection,
 * id }`. For code that validates content outside Astro (the doctor, tests); the build passes
 * Astro's own `reference()`.
 */
export function referenceById<Collection extends string>(collection: Collection) {
	return requiredText().transform((id) => ({ collection, id }));
}
