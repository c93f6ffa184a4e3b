import { resolve } from 'node:path';
import { describeUnknownCalloutType, isCalloutType } from '@/features/callouts/callouts';
import type { MarkdownOutline, OutlineHeading, OutlineImage } from './markdown-outline';
import type { Problem } from './problem';

/** A problem found inside one file; the caller adds the file. */
export type LineProblem = Omit<Problem, 'file'>;

/** Longest description that search results show in full; longer ones are cut off. */
export const MAX_DESCRIPTION_LENGTH = 160;

/**
 * Warns about headings that skip a level (`##` then `####`, or `###` before any `##`) and about
 * `#` headings, since the article title is already the page's only h1.
 */
export function checkHeadingLevels(headings: readonly OutlineHeading[]): LineProblem[] {
	const problems: LineProblem[] = [];
	let previous = 1;
	for (const { depth, text, line } of headings) {
		const written = `"${'#'.repeat(depth)} ${text}"`;
		if (depth === 1) {
			problems.push(
				warning(line, `heading ${written} is an h1, but the title is the page's h1: use ## instead`)
			);
		} else if (depth > previous + 1) {
			problems.push(
				warning(
					line,
					previous === 1
						? `heading ${written} comes before any ## heading: start sections at ##`
						: `heading ${written} skips a level after an h${previous}: use ${'#'.repeat(previous + 1)} instead`
				)
			);
		}
		previous = depth;
	}
	return problems;
}

/** What image checks need to know about the file being checked. */
export interface ImageCheckOptions {
	/** Folder of the article file, against which relative image paths are resolved. */
	articleDirectory: string;
	/** Whether a file exists at an absolute path (injected so tests need no files). */
	isFile: (path: string) => boolean;
}

/**
 * Errors for relative image paths (`./x.png`, `../x.png`, `x.png`) whose file is missing, and
 * warnings for images with no alt text. Remote and site-absolute (`/x.png`) images are not looked up.
 */
export function checkImages(
	images: readonly OutlineImage[],
	{ articleDirectory, isFile }: ImageCheckOptions
): LineProblem[] {
	const problems: LineProblem[] = [];
	for (const { url, alt, line } of images) {
		if (alt.trim() === '') {
			problems.push({
				severity: 'warning',
				line,
				rule: 'missing-alt',
				message: `image ${url} has no alt text: describe it for readers who cannot see it`,
			});
		}
		const path = relativeImagePath(url);
		if (path !== undefined && !isFile(resolve(articleDirectory, path))) {
			problems.push({
				severity: 'error',
				line,
				rule: 'missing-image',
				message: `image ${url} does not exist: the path is relative to this file`,
			});
		}
	}
	return problems;
}

/** The file path of a relative image URL, decoded, without query or fragment; undefined otherwise. */
export function relativeImagePath(url: string): string | undefined {
	if (url === '' || url.startsWith('/') || url.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(url)) {
		return undefined;
	}
	// Stryker disable next-line Regex: a link's URL holds no line break, so `.*` always reaches the end
	const path = url.replace(/[?#].*$/, '');
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** Warns when a description is longer than search results show (counted in characters). */
export function checkDescriptionLength(description: string, line: number): LineProblem[] {
	const length = [...description.trim()].length;
	return length > MAX_DESCRIPTION_LENGTH
		? [
				warning(
					line,
					`description is ${length} characters: search results cut it off after about ${MAX_DESCRIPTION_LENGTH}`,
					'long-description'
				),
			]
		: [];
}

function warning(
	line: number,
	message: string,
	rule: Problem['rule'] = 'heading-level'
): LineProblem {
	return { severity: 'warning', line, rule, message };
}

/**
 * Errors for callouts of a kind the site does not have, `> [!DANGER]` or `<Callout type="danger">`,
 * which the build refuses with the same words.
 */
export function checkCallouts(
	outline: Pick<MarkdownOutline, 'alerts' | 'elements'>
): LineProblem[] {
	const problems: LineProblem[] = [];
	const report = (line: number, type: string | undefined, syntax: 'alert' | 'component') =>
		problems.push({
			severity: 'error',
			line,
			rule: 'syntax',
			message: describeUnknownCalloutType(type, syntax),
		});
	for (const { type, line } of outline.alerts) {
		// Stryker disable next-line StringLiteral: every syntax but 'component' gets the alert's words
		if (!isCalloutType(type)) report(line, type, 'alert');
	}
	for (const { name, attributes, line } of outline.elements) {
		if (name !== 'Callout') continue;
		const type = attributes.find((attribute) => attribute.name === 'type')?.value;
		// Stryker disable next-line ConditionalExpression: isCalloutType(undefined) is false too; the test narrows the type
		if (type === undefined || !isCalloutType(type)) report(line, type, 'component');
	}
	return problems;
}
