import { create, type Font } from 'fontkitten';
import type { FontSubset, FontWeight, MeasureText } from './text-fit';

/** One file of the card font: one subset in one weight. */
export interface CardFontFile {
	subset: string;
	weight: FontWeight;
	file: string;
}

/**
 * Measures text as the card font draws it, with the advance widths in its own files: each
 * character from the first subset (in the given order) whose file has a glyph for it, the way
 * satori picks among the fonts it is given.
 *
 * Kerning is left out: it narrows nearly every pair it touches in a text face and is absent from
 * a monospaced one, so a line measured without it is never wider than satori draws it.
 * @param read returns a file's bytes; each file is read and parsed once, when a character first
 *   needs it, so a Latin title never opens the Cyrillic files
 */
export function createTextMeasure(
	files: readonly CardFontFile[],
	subsets: readonly FontSubset[],
	read: (file: string) => Buffer
): MeasureText {
	const parsed = new Map<string, Font>();
	const fontIn = ({ file }: CardFontFile): Font => {
		const known = parsed.get(file);
		if (known) return known;
		const font = create(read(file));
		if (font.isCollection) throw new Error(`${file} is a font collection, not one font.`);
		parsed.set(file, font);
		return font;
	};
	const fileOf = (subset: string, weight: FontWeight) =>
		files.find((file) => file.subset === subset && file.weight === weight);

	/** The advance of one character in em. */
	const advanceOf = (character: string, weight: FontWeight): number => {
		const code = character.codePointAt(0) ?? 0;
		for (const { name, ranges } of subsets) {
			if (!ranges.some(([first, last]) => code >= first && code <= last)) continue;
			const file = fileOf(name, weight);
			const font = file && fontIn(file);
			if (font?.hasGlyphForCodePoint(code)) {
				return font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm;
			}
		}
		// No file has it: satori draws the first font's missing-glyph box in its place.
		const base = subsets[0] && fileOf(subsets[0].name, weight);
		if (!base) throw new Error(`The card font has no file in weight ${weight}.`);
		const font = fontIn(base);
		return font.getGlyph(0).advanceWidth / font.unitsPerEm;
	};

	const advances: Record<FontWeight, Map<string, number>> = { 400: new Map(), 700: new Map() };
	return (text, fontSize, weight) => {
		const known = advances[weight];
		let em = 0;
		for (const character of text) {
			let advance = known.get(character);
			// Stryker disable next-line ConditionalExpression: the cache only saves time; a character's advance is the same each time
			if (advance === undefined) {
				advance = advanceOf(character, weight);
				known.set(character, advance);
			}
			em += advance;
		}
		return em * fontSize;
	};
}
