/** The text of an article split by how it is read. */
export interface ReadableText {
	/** Everything a reader reads as prose: paragraphs, headings, lists, tables. */
	prose: string;
	/** The contents of code blocks, which readers scan rather than read word by word. */
	code: string;
}

/** Reading time and the counts it came from. */
export interface ReadingTime {
	minutes: number;
	words: number;
	codeLines: number;
}

/** Average adult silent reading speed for English technical prose. */
export const WORDS_PER_MINUTE = 230;
/** Chinese and Japanese text is read per character; ~500 characters a minute is the common figure. */
export const CJK_CHARACTERS_PER_MINUTE = 500;
/** Seconds a reader spends per line of code: scanning, not reading every token. */
export const SECONDS_PER_CODE_LINE = 2;

// Script_Extensions, not Script: the long-vowel mark ー and the iteration mark 々 are used in
// kana and kanji text but belong to the Common script.
const CJK_CHARACTER = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/gu;
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Estimates how long an article takes to read, rounded up to whole minutes (at least 1).
 * Words are found with Intl.Segmenter, so text without spaces between words (Chinese, Japanese,
 * Thai) is counted correctly; Han and kana are timed per character.
 */
export function getReadingTime({ prose, code }: ReadableText): ReadingTime {
	let words = 0;
	let cjkCharacters = 0;
	for (const segment of wordSegmenter.segment(prose)) {
		if (!segment.isWordLike) continue;
		const cjkInSegment = segment.segment.match(CJK_CHARACTER)?.length ?? 0;
		if (cjkInSegment > 0) cjkCharacters += cjkInSegment;
		else words += 1;
	}
	const codeLines = code.split('\n').filter((line) => line.trim() !== '').length;
	const minutes =
		words / WORDS_PER_MINUTE +
		cjkCharacters / CJK_CHARACTERS_PER_MINUTE +
		(codeLines * SECONDS_PER_CODE_LINE) / 60;
	return { minutes: Math.max(1, Math.ceil(minutes)), words: words + cjkCharacters, codeLines };
}

/** The label shown to readers, e.g. "6 min read". */
export function formatReadingTime({ minutes }: Pick<ReadingTime, 'minutes'>): string {
	return `${minutes} min read`;
}
