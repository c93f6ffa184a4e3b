import { describe, expect, it } from 'vitest';
import { formatReadingTime, getReadingTime } from '@/features/reading-time/reading-time';

/** `count` distinct-looking English words separated by spaces. */
function words(count: number): string {
	return Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
}

describe('getReadingTime', () => {
	it('reports at least one minute for an empty article', () => {
		expect(getReadingTime({ prose: '', code: '' })).toEqual({ minutes: 1, words: 0, codeLines: 0 });
	});

	it('reads 230 words in exactly one minute', () => {
		expect(getReadingTime({ prose: words(230), code: '' })).toEqual({
			minutes: 1,
			words: 230,
			codeLines: 0,
		});
	});

	it('rounds a single word over a minute up to the next minute', () => {
		expect(getReadingTime({ prose: words(231), code: '' }).minutes).toBe(2);
	});

	it('reads 2,300 words in ten minutes', () => {
		expect(getReadingTime({ prose: words(2300), code: '' }).minutes).toBe(10);
	});

	it('does not count punctuation, dashes or ellipses as words', () => {
		const reading = getReadingTime({
			prose: 'Hello, world! — … ; (really?) "quoted" ...',
			code: '',
		});
		expect(reading.words).toBe(4);
	});

	it('counts contractions, dotted names and numbers as one word each', () => {
		expect(getReadingTime({ prose: "it's Node.js in 2026", code: '' }).words).toBe(4);
	});

	it('treats line breaks and runs of spaces like single spaces', () => {
		expect(getReadingTime({ prose: 'one\n\ntwo\t\tthree    four', code: '' }).words).toBe(4);
	});

	it('times code at two seconds a line, so 90 lines take three minutes', () => {
		const code = Array.from({ length: 90 }, (_, index) => `const x${index} = ${index};`).join('\n');
		expect(getReadingTime({ prose: '', code })).toEqual({ minutes: 3, words: 0, codeLines: 90 });
	});

	it('ignores blank and whitespace-only lines of code', () => {
		const code = Array.from({ length: 90 }, (_, index) => `line ${index}\n\n   \n\t`).join('\n');
		expect(getReadingTime({ prose: '', code }).codeLines).toBe(90);
		expect(getReadingTime({ prose: '', code }).minutes).toBe(3);
	});

	it('rounds 91 lines of code up to four minutes', () => {
		const code = Array.from({ length: 91 }, () => 'x();').join('\n');
		expect(getReadingTime({ prose: '', code }).minutes).toBe(4);
	});

	it('does not count code as prose words', () => {
		const reading = getReadingTime({ prose: 'two words', code: 'const a = 1;\nconst b = 2;' });
		expect(reading).toEqual({ minutes: 1, words: 2, codeLines: 2 });
	});

	it('counts Chinese per character at 500 a minute, so 1,000 Han characters take two minutes', () => {
		const prose = '中文'.repeat(500);
		expect(getReadingTime({ prose, code: '' })).toEqual({ minutes: 2, words: 1000, codeLines: 0 });
	});

	it('counts 1,001 Han characters as three minutes', () => {
		expect(getReadingTime({ prose: '字'.repeat(1001), code: '' }).minutes).toBe(3);
	});

	it('counts Japanese kanji, hiragana and katakana per character and skips Japanese punctuation', () => {
		// 静的 (2) サイト (3) は (1) 速い (2) = 8 characters; 「」 and 。 are punctuation.
		expect(getReadingTime({ prose: '「静的サイトは速い。」', code: '' }).words).toBe(8);
	});

	it('counts the long-vowel mark and the kanji iteration mark as Japanese characters', () => {
		// ラーメン (4) and 人々 (2): ー and 々 belong to the Common script, not to kana or Han.
		expect(getReadingTime({ prose: 'ラーメン 人々', code: '' }).words).toBe(6);
	});

	it('adds English words, CJK characters and code lines together', () => {
		// 230 words (1 min) + 500 characters (1 min) + 30 code lines (1 min) = 3 min exactly.
		const prose = `${words(230)} ${'漢'.repeat(500)}`;
		const code = Array.from({ length: 30 }, () => 'run();').join('\n');
		expect(getReadingTime({ prose, code })).toEqual({ minutes: 3, words: 730, codeLines: 30 });
	});

	it('rounds the sum of mixed text up rather than each part separately', () => {
		// 115 words (0.5 min) + 250 characters (0.5 min) is one minute, not two.
		const prose = `${words(115)} ${'漢'.repeat(250)}`;
		expect(getReadingTime({ prose, code: '' }).minutes).toBe(1);
	});
});

describe('formatReadingTime', () => {
	it('labels the minutes as "N min read"', () => {
		expect(formatReadingTime({ minutes: 6 })).toBe('6 min read');
	});

	it('formats the result of getReadingTime directly', () => {
		expect(formatReadingTime(getReadingTime({ prose: words(2300), code: '' }))).toBe('10 min read');
	});
});
