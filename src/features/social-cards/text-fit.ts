// Line breaking for images, where nothing reflows: the text of a social card is sized and cut to
// its box before it is drawn, measured with the card font's own metrics (font-metrics.ts).

/** The two weights a social card uses. */
export type FontWeight = 400 | 700;

/** The width in pixels of one line of text, set in the card font at `fontSize` and `weight`. */
export type MeasureText = (text: string, fontSize: number, weight: FontWeight) => number;

/** How one block of text is set: its size and the lines it wraps to. */
export interface FittedText {
	fontSize: number;
	lines: string[];
	/** Whether words had to be left out (the last line then ends with "…"). */
	truncated: boolean;
}

/** The box and type sizes to fit a block of text into. */
export interface FitOptions {
	/** The width of the box in pixels. */
	width: number;
	/** The height of the box in pixels. */
	height: number;
	/** Font sizes to try, largest first; the first at which the whole text fits is used. */
	fontSizes: readonly number[];
	/** Line height as a multiple of the font size. */
	lineHeight: number;
	weight: FontWeight;
	/** How wide a line is in the font the text is drawn with. */
	measure: MeasureText;
	/** Extra space after each character, in em; negative to tighten, as CSS `letter-spacing`. */
	letterSpacing?: number;
}

/**
 * Sets text in a box: the largest of `fontSizes` at which every word fits, or else the smallest,
 * with the words that do not fit left out and "…" at the end, so text is never cut off mid-word
 * without a sign. A word wider than the box (a long URL) is broken between characters.
 * @example fitText('Idempotent webhooks', { width: 600, height: 200, fontSizes: [72, 48], lineHeight: 1.1, weight: 700, measure })
 */
export function fitText(text: string, options: FitOptions): FittedText {
	const words = text.match(/\S+/gu) ?? [];
	const sizes = options.fontSizes;
	const smallest = sizes.at(-1);
	if (smallest === undefined) throw new Error('fitText needs at least one font size.');
	for (const fontSize of sizes) {
		const maxLines = maxLinesAt(fontSize, options);
		const lines = wrapWords(words, fontSize, options);
		if (lines.length <= maxLines) return { fontSize, lines, truncated: false };
		if (fontSize === smallest) return truncateLines(lines, maxLines, fontSize, options);
	}
	// Stryker disable next-line StringLiteral,CallExpression: the smallest font size always returns, so this never runs
	throw new Error('unreachable: the smallest font size always returns');
}

function maxLinesAt(fontSize: number, { height, lineHeight }: FitOptions): number {
	return Math.max(1, Math.floor(height / (fontSize * lineHeight)));
}

/** The width of a line as set with the options' weight and letter spacing. */
function lineWidth(
	text: string,
	fontSize: number,
	{ weight, measure, letterSpacing = 0 }: FitOptions
) {
	// satori adds the letter spacing after every character, the last one included.
	return measure(text, fontSize, weight) + [...text].length * letterSpacing * fontSize;
}

function wrapWords(words: readonly string[], fontSize: number, options: FitOptions): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (lineWidth(candidate, fontSize, options) <= options.width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const piece of breakWord(word, fontSize, options)) {
			if (line) lines.push(line);
			line = piece;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A word too wide for the box as pieces that fit: broken after its hyphens where it has them,
 * else between characters.
 */
function breakWord(word: string, fontSize: number, options: FitOptions): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const part of word.split(/(?<=-)/u)) {
		if (lineWidth(piece + part, fontSize, options) <= options.width) {
			piece += part;
			continue;
		}
		// Stryker disable next-line ConditionalExpression: wrapWords drops an empty piece, so the guard only keeps the list tidy
		if (piece) pieces.push(piece);
		piece = '';
		for (const character of part) {
			if (piece && lineWidth(piece + character, fontSize, options) > options.width) {
				pieces.push(piece);
				piece = '';
			}
			piece += character;
		}
	}
	return piece ? [...pieces, piece] : pieces;
}

function truncateLines(
	lines: readonly string[],
	maxLines: number,
	fontSize: number,
	options: FitOptions
): FittedText {
	const kept = lines.slice(0, maxLines);
	// Stryker disable next-line StringLiteral: at least one line is always kept, so there is always a last one
	let last = kept.pop() ?? '';
	// Drop whole words until the ellipsis fits; a single piece of a broken word is cut instead.
	while (lineWidth(`${last}…`, fontSize, options) > options.width) {
		const space = last.lastIndexOf(' ');
		// Stryker disable next-line EqualityOperator: a line never starts with a space, so the last space is never at 0
		last = space > 0 ? last.slice(0, space) : [...last].slice(0, -1).join('');
	}
	const trimmed = last.replace(/[\s,;:.–—-]+$/u, '');
	return { fontSize, lines: [...kept, `${trimmed}…`], truncated: true };
}

/**
 * Parses a CSS `unicode-range` list such as Fontsource's `U+0000-00FF,U+0131` into ranges of code
 * points.
 */
export function parseUnicodeRanges(list: string): [number, number][] {
	return list
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const match = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part);
			if (!match?.[1]) throw new Error(`"${part}" is not a unicode-range such as U+0000-00FF.`);
			const start = match[1];
			if (start.includes('?')) {
				return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)];
			}
			const first = parseInt(start, 16);
			return [first, match[2] ? parseInt(match[2], 16) : first];
		});
}

/**
 * The text with every character no range covers left out (emoji, scripts the card's fonts do not
 * have), and spaces collapsed, so an image never shows the empty boxes of missing glyphs.
 */
export function keepDrawable(text: string, ranges: readonly [number, number][]): string {
	let kept = '';
	for (const character of text) {
		const code = character.codePointAt(0) ?? 0;
		if (/\s/u.test(character)) kept += ' ';
		else if (ranges.some(([first, last]) => code >= first && code <= last)) kept += character;
	}
	return kept.replace(/\s+/gu, ' ').trim();
}

/** A font file's share of Unicode: its name and the code points it covers. */
export interface FontSubset {
	name: string;
	ranges: readonly [number, number][];
}

/**
 * The subsets needed to draw a text: the first (the base subset, always loaded) and each other
 * that covers one of its characters, in the given order. Loading only those keeps a Latin-only
 * card from parsing the Cyrillic, Greek and Vietnamese files.
 */
export function subsetsUsedBy(text: string, subsets: readonly FontSubset[]): string[] {
	const codes = [...new Set(text)].map((character) => character.codePointAt(0) ?? 0);
	return subsets
		.filter(
			({ ranges }, index) =>
				index === 0 ||
				codes.some((code) => ranges.some(([first, last]) => code >= first && code <= last))
		)
		.map(({ name }) => name);
}
