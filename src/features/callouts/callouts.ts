/** The kinds of callout an article can hold, in the order docs/content.md lists them. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** One kind of callout: `note`, `tip` or `warning`. */
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** The visible label of each kind: it names the kind in words, so colour is never the only cue. */
const LABELS: Record<CalloutType, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

/** Whether `value` is one of the callout types. */
export function isCalloutType(value: string): value is CalloutType {
	return (CALLOUT_TYPES as readonly string[]).includes(value);
}

/**
 * The title line of a callout: its kind in words, then the author's title when there is one.
 * @example calloutTitle('warning', 'Back up first') // 'Warning: Back up first'
 */
export function calloutTitle(type: CalloutType, title?: string): string {
	const custom = title?.trim();
	return custom ? `${LABELS[type]}: ${custom}` : LABELS[type];
}

/** The classes of a callout's box; the stylesheet colours it by the second one. */
export function calloutClasses(type: CalloutType): string[] {
	return ['callout', `callout-${type}`];
}

/** A GitHub-style alert marker found at the start of a blockquote. */
export interface AlertMarker {
	/** The kind as written, in lower case; not necessarily a known callout type. */
	type: string;
	/** Text after the marker on its line (an Obsidian-style title), or `undefined`. */
	title: string | undefined;
	/** The blockquote's first text with the marker line removed. */
	rest: string;
}

const ALERT_MARKER = /^\[!([a-z]+)\][^\S\n]*([^\n]*)(?:\n|$)/i;

/**
 * Reads the `[!NOTE]` marker that opens a GitHub-style alert (`> [!NOTE]`), from the first text
 * of the blockquote's first paragraph. Returns `undefined` when the text does not start with one.
 * @example parseAlertMarker('[!TIP] Shortcut\nPress ⌘K.') // { type: 'tip', title: 'Shortcut', rest: 'Press ⌘K.' }
 */
export function parseAlertMarker(text: string): AlertMarker | undefined {
	const match = ALERT_MARKER.exec(text);
	if (!match) return undefined;
	// Both groups always take part in a match: the fallbacks only satisfy the types.
	// Stryker disable next-line OptionalChaining: equivalent, see above
	const title = match[2]?.trim();
	return {
		// Stryker disable next-line StringLiteral: equivalent, see above
		type: (match[1] ?? '').toLowerCase(),
		title: title === '' ? undefined : title,
		rest: text.slice(match[0].length),
	};
}

/** How an author wrote a callout: a Markdown alert or the MDX component. */
export type CalloutSyntax = 'alert' | 'component';

/** A list of choices in words: "a, b or c". */
function oneOf(choices: string[]): string {
	// Stryker disable next-line StringLiteral: the lists of choices are never empty
	return `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`;
}

/**
 * What is wrong with a callout of an unknown kind and how to fix it.
 * @param type the kind as written; `undefined` for a `<Callout>` without a literal `type`
 * @example describeUnknownCalloutType('danger', 'alert')
 * // '> [!DANGER] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; …'
 */
export function describeUnknownCalloutType(
	type: string | undefined,
	syntax: CalloutSyntax
): string {
	if (syntax === 'component') {
		const choices = oneOf(CALLOUT_TYPES.map((known) => `type="${known}"`));
		const written =
			type === undefined
				? '<Callout> needs its type as a plain string'
				: `<Callout type="${type}"> is not a callout type`;
		return `${written}. Write ${choices}.`;
	}
	const marker = `[!${(type ?? '').toUpperCase()}]`;
	const choices = oneOf(CALLOUT_TYPES.map((known) => `> [!${known.toUpperCase()}]`));
	return (
		`> ${marker} is not a callout type. Write ${choices}; ` +
		`to start a quote with the text ${marker}, put it in backticks.`
	);
}

/**
 * The error for a callout of an unknown kind, naming the file, what was written and the fix.
 * @example unknownCalloutTypeError('content/blog/a.md', 'danger', 'alert').message
 * // 'content/blog/a.md: > [!DANGER] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; …'
 */
export function unknownCalloutTypeError(
	file: string,
	type: string | undefined,
	syntax: CalloutSyntax
): Error {
	return new Error(`${file}: ${describeUnknownCalloutType(type, syntax)}`);
}
