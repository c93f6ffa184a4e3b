import { z } from 'astro/zod';
import { isAbsolute, resolve } from 'node:path';
import { articleSchema } from '@/content-model/article';
import type { RuleId } from './problem';

type SchemaContext = Parameters<typeof articleSchema>[0];

/** Validated article frontmatter, as the blog collection would hold it. */
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;

/** One schema issue, with the field it concerns. */
export interface FrontmatterIssue {
	rule: Extract<RuleId, 'schema' | 'missing-image'>;
	/** Field the issue points at, e.g. `['aliases', 1]`; for unknown fields, the first of them. */
	path: (string | number)[];
	message: string;
}

/** What validation needs from outside: the site's time zone and a way to look at the disk. */
export interface FrontmatterValidatorOptions {
	timeZone: string;
	/** Whether a file exists at an absolute path (injected so tests need no files). */
	isFile: (path: string) => boolean;
}

/** Validates the frontmatter of the article in `articleDirectory` (against which `cover` resolves). */
export type FrontmatterValidator = (
	data: Record<string, unknown>,
	articleDirectory: string
) => { data: ArticleData; issues: [] } | { data: undefined; issues: FrontmatterIssue[] };

const MISSING_IMAGE = 'missing-image';

/**
 * The doctor's stand-in for Astro's `image()` schema helper: it checks that the file exists next to
 * the article instead of reading its dimensions, which is all the doctor needs and much faster.
 * @param getArticleDirectory folder of the article being validated, against which paths resolve
 */
export function createImageSchema(
	getArticleDirectory: () => string,
	isFile: (path: string) => boolean
) {
	return () =>
		z.string().superRefine((value, context) => {
			if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) {
				context.addIssue({
					code: 'custom',
					message: `image ${value} is a URL: a cover must be a file next to the article, such as ./cover.png`,
					params: { rule: MISSING_IMAGE },
				});
				return;
			}
			const path = isAbsolute(value) ? value : resolve(getArticleDirectory(), value);
			if (!isFile(path)) {
				context.addIssue({
					code: 'custom',
					message: `image ${value} does not exist: the path is relative to the article file`,
					params: { rule: MISSING_IMAGE },
				});
			}
		});
}

/**
 * A validator built on the site's real article schema, which returns the article's data or every
 * issue. Messages follow the build's wording: `field: message`, and "is required" for a missing
 * field. The schema is built once: building it per file costs more than validating.
 */
export function createFrontmatterValidator({
	timeZone,
	isFile,
}: FrontmatterValidatorOptions): FrontmatterValidator {
	// Parsing is synchronous, so the directory set just before a parse is the one image() sees.
	let articleDirectory = '.';
	// The real image() returns image metadata; the schema only passes its result through.
	const image = createImageSchema(
		() => articleDirectory,
		isFile
	) as unknown as SchemaContext['image'];
	const schema = articleSchema({ image }, { timeZone });
	return (data, directory) => {
		articleDirectory = directory;
		const result = schema.safeParse(data);
		if (result.success) return { data: result.data, issues: [] };
		return {
			data: undefined,
			issues: result.error.issues.map((issue) => {
				const path = issue.path.map((segment) =>
					typeof segment === 'number' ? segment : String(segment)
				);
				const isMissing =
					issue.code === 'invalid_type' && path.length > 0 && valueAt(data, path) === undefined;
				const message = isMissing ? 'is required' : issue.message;
				const isImage = issue.code === 'custom' && issue.params?.['rule'] === MISSING_IMAGE;
				// Unknown fields are an issue of the whole object; point at the first of them.
				const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
				return {
					rule: isImage ? 'missing-image' : 'schema',
					path: unknownKey === undefined ? path : [unknownKey],
					message: path.length > 0 ? `${path.join('.')}: ${message}` : message,
				};
			}),
		};
	};
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[segment];
	}
	return value;
}
