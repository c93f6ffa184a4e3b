// The meta string is what follows the language on a code fence's opening line:
// ```ts title="src/app.ts" {1,3-4}
// Line ranges ({1,3-4}) are read by Shiki's transformerMetaHighlight; this module reads the rest.

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;

/**
 * The file name or title a code fence names in its meta string, trimmed; `undefined` when it has
 * none or an empty one. Either quote works, so a title can hold the other kind.
 * @example parseCodeTitle('title="src/app.ts" {1,3-4}') // 'src/app.ts'
 */
export function parseCodeTitle(meta: string | undefined): string | undefined {
	// Stryker disable next-line StringLiteral: any text without `title=` in place of no meta matches nothing either
	const match = TITLE.exec(meta ?? '');
	const title = (match?.[1] ?? match?.[2] ?? '').trim();
	return title === '' ? undefined : title;
}
