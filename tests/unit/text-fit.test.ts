import { describe, expect, it } from 'vitest';
import {
	fitText,
	keepDrawable,
	parseUnicodeRanges,
	subsetsUsedBy,
	type FitOptions,
	type MeasureText,
} from '@/features/social-cards/text-fit';
import { readCardFont } from '../helpers/card-font';

const { measure } = readCardFont('@fontsource/inter');
const BOX: FitOptions = {
	width: 600,
	height: 240,
	fontSizes: [72, 56, 40],
	lineHeight: 1.2,
	weight: 700,
	measure,
};

describe('fitText', () => {
	it('keeps a short title at the largest size on one line', () => {
		expect(fitText('Webhooks', BOX)).toEqual({
			fontSize: 72,
			lines: ['Webhooks'],
			truncated: false,
		});
	});

	it('shrinks a longer title until every word fits the box', () => {
		const fitted = fitText('Idempotent webhooks: retries without double charges', BOX);
		expect(fitted.fontSize).toBeLessThan(72);
		expect(fitted.truncated).toBe(false);
		expect(fitted.lines.join(' ')).toBe('Idempotent webhooks: retries without double charges');
		expect(fitted.lines.length).toBeLessThanOrEqual(Math.floor(240 / (fitted.fontSize * 1.2)));
		for (const line of fitted.lines) {
			expect(measure(line, fitted.fontSize, 700)).toBeLessThanOrEqual(600);
		}
	});

	it('cuts a title too long for the smallest size at a word and ends it with an ellipsis', () => {
		const words = Array.from({ length: 60 }, (_, index) => `word${index}`);
		const fitted = fitText(words.join(' '), BOX);
		expect(fitted.fontSize).toBe(40);
		expect(fitted.truncated).toBe(true);
		expect(fitted.lines).toHaveLength(5);
		const last = fitted.lines.at(-1) ?? '';
		expect(last.endsWith('…')).toBe(true);
		// Every word shown is a whole word of the title, in order.
		const shown = fitted.lines.join(' ').slice(0, -1).split(' ');
		expect(shown).toEqual(words.slice(0, shown.length));
		expect(measure(last, 40, 700)).toBeLessThanOrEqual(600);
	});

	it('takes letter spacing into account', () => {
		const text = 'Idempotent webhooks: retries';
		const width = measure(text, 72, 700) - 10;
		expect(fitText(text, { ...BOX, width, fontSizes: [72] }).lines).toHaveLength(2);
		expect(
			fitText(text, { ...BOX, width, fontSizes: [72], letterSpacing: -0.02 }).lines
		).toHaveLength(1);
	});

	it('breaks a word wider than the box after a hyphen, else between characters', () => {
		const hyphenated = fitText('stale-while-revalidate-and-more-words-joined', {
			...BOX,
			fontSizes: [56],
		});
		expect(hyphenated.lines.length).toBeGreaterThan(1);
		for (const line of hyphenated.lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
		expect(hyphenated.lines.join('')).toBe('stale-while-revalidate-and-more-words-joined');
		const url = 'https://example.com/aVeryLongPathWithoutAnyPlaceToBreakItAtAll';
		const broken = fitText(url, { ...BOX, height: 600, fontSizes: [56] });
		expect(broken.lines.join('')).toBe(url);
		for (const line of broken.lines) expect(measure(line, 56, 700)).toBeLessThanOrEqual(600);
	});

	it('ignores the spaces around and between words, and sets no line for no words', () => {
		expect(fitText('  Idempotent \n webhooks  ', BOX)).toEqual({
			fontSize: 72,
			lines: ['Idempotent', 'webhooks'],
			truncated: false,
		});
		expect(fitText(' ', BOX)).toEqual({ fontSize: 72, lines: [], truncated: false });
	});

	it('refuses an empty list of sizes', () => {
		expect(() => fitText('x', { ...BOX, fontSizes: [] })).toThrow(/at least one font size/);
	});
});

// A monospaced font whose characters are half an em wide: at 20 px, a box 100 px wide holds ten.
const monospaced: MeasureText = (text, fontSize) => [...text].length * fontSize * 0.5;
const TEN_CHARACTERS: FitOptions = {
	width: 100,
	height: 20,
	fontSizes: [20],
	lineHeight: 1,
	weight: 400,
	measure: monospaced,
};
const lines = (text: string, height = 100) => fitText(text, { ...TEN_CHARACTERS, height }).lines;

describe('fitText at the edge of the box', () => {
	it('keeps a line exactly as wide as the box', () => {
		expect(lines('Retry safe handlers win')).toEqual(['Retry safe', 'handlers', 'win']);
	});

	it('breaks a long word on lines of its own, after hyphens that fill a line exactly, else between characters', () => {
		expect(lines('read-once-cache-entries')).toEqual(['read-once-', 'cache-', 'entries']);
		expect(lines('See stale-while-revalidate')).toEqual(['See', 'stale-', 'while-', 'revalidate']);
		expect(lines('An aVeryLongPathWithoutBreaks')).toEqual([
			'An',
			'aVeryLongP',
			'athWithout',
			'Breaks',
		]);
	});

	it('keeps the last word when the ellipsis after it fills the line exactly', () => {
		expect(fitText('Retry the handler once more', TEN_CHARACTERS)).toEqual({
			fontSize: 20,
			lines: ['Retry the…'],
			truncated: true,
		});
	});

	it('drops the punctuation before the ellipsis', () => {
		expect(lines('Wait for it... then retry', 40)).toEqual(['Wait for', 'it…']);
		expect(lines('Webhooks — retries and queues', 20)).toEqual(['Webhooks…']);
	});

	it('cuts a word that fills the last line before its last character, never inside one', () => {
		expect(lines('aVeryLongPathWithoutBreaks', 20)).toEqual(['aVeryLong…']);
	});

	it('cuts off a whole emoji, never half of one', () => {
		// A monospaced font whose emoji take two columns, as in a terminal: 'Shipping🚀' is ten.
		const twoColumnEmoji: MeasureText = (text, fontSize) =>
			[...text].reduce(
				(columns, character) => columns + ((character.codePointAt(0) ?? 0) > 0xffff ? 2 : 1),
				0
			) *
			fontSize *
			0.5;
		const fitted = fitText('Shipping🚀🚀 today', { ...TEN_CHARACTERS, measure: twoColumnEmoji });
		expect(fitted.lines).toEqual(['Shipping…']);
	});
});

describe('parseUnicodeRanges', () => {
	it('reads single code points, ranges and wildcards', () => {
		expect(parseUnicodeRanges('U+0000-00FF, U+0131,U+4??')).toEqual([
			[0, 255],
			[0x131, 0x131],
			[0x400, 0x4ff],
		]);
	});

	it('rejects what is not a unicode-range', () => {
		expect(() => parseUnicodeRanges('latin')).toThrow(/"latin" is not a unicode-range/);
		expect(() => parseUnicodeRanges('U+0000-00FF U+0131')).toThrow(
			'"U+0000-00FF U+0131" is not a unicode-range such as U+0000-00FF.'
		);
		expect(() => parseUnicodeRanges('unicode-range: U+0000-00FF')).toThrow(
			'"unicode-range: U+0000-00FF" is not a unicode-range such as U+0000-00FF.'
		);
	});

	it('reads an empty list, and a list with a trailing comma, as the ranges it has', () => {
		expect(parseUnicodeRanges('')).toEqual([]);
		expect(parseUnicodeRanges('U+0000-00FF,')).toEqual([[0, 255]]);
	});
});

describe('keepDrawable', () => {
	const latin = parseUnicodeRanges('U+0000-00FF,U+2000-206F');

	it('leaves out emoji and characters of scripts the fonts do not cover', () => {
		expect(keepDrawable('🚀 Launch day — “finally”', latin)).toBe('Launch day — “finally”');
		expect(keepDrawable('静的サイト', latin)).toBe('');
	});

	it('keeps the first and last characters of a range, and one space where it left a character out', () => {
		const cyrillic = parseUnicodeRanges('U+0020,U+0400-045F');
		expect(keepDrawable('Ѐ ok џ', cyrillic)).toBe('Ѐ џ');
		expect(keepDrawable('Launch 🚀 day', latin)).toBe('Launch day');
		// An ideographic space, which the Latin ranges do not hold, still separates words.
		expect(keepDrawable('Astro\u3000Tips', latin)).toBe('Astro Tips');
	});

	it('keeps markup-like text as the characters it is', () => {
		expect(keepDrawable('</script> & <b>', latin)).toBe('</script> & <b>');
	});
});

describe('subsetsUsedBy', () => {
	const subsets = [
		{ name: 'latin', ranges: parseUnicodeRanges('U+0000-00FF') },
		{ name: 'cyrillic', ranges: parseUnicodeRanges('U+0400-045F') },
		{ name: 'greek', ranges: parseUnicodeRanges('U+0370-03FF') },
	];

	it('always includes the first subset and only the others the text needs', () => {
		expect(subsetsUsedBy('Plain text', subsets)).toEqual(['latin']);
		expect(subsetsUsedBy('Привет and Γειά', subsets)).toEqual(['latin', 'cyrillic', 'greek']);
	});

	it("finds a subset by any of its ranges, from the range's first to its last character", () => {
		// Inter's Cyrillic subset, whose ranges start at U+0301 and U+0400.
		const inter = [
			{ name: 'latin', ranges: parseUnicodeRanges('U+0000-00FF') },
			{ name: 'cyrillic', ranges: parseUnicodeRanges('U+0301,U+0400-045F,U+0490-0491') },
		];
		expect(subsetsUsedBy('Ѐ', inter)).toEqual(['latin', 'cyrillic']);
		expect(subsetsUsedBy('џ', inter)).toEqual(['latin', 'cyrillic']);
		expect(subsetsUsedBy('Ґ', inter)).toEqual(['latin', 'cyrillic']);
		expect(subsetsUsedBy('Ӂ', inter)).toEqual(['latin']);
	});
});
