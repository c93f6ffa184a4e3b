import { describe, expect, it } from 'vitest';
import {
	fitText,
	keepDrawable,
	parseUnicodeRanges,
	subsetsUsedBy,
	type FitOptions,
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

	it('refuses an empty list of sizes', () => {
		expect(() => fitText('x', { ...BOX, fontSizes: [] })).toThrow(/at least one font size/);
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
	});
});

describe('keepDrawable', () => {
	const latin = parseUnicodeRanges('U+0000-00FF,U+2000-206F');

	it('leaves out emoji and characters of scripts the fonts do not cover', () => {
		expect(keepDrawable('🚀 Launch day — “finally”', latin)).toBe('Launch day — “finally”');
		expect(keepDrawable('静的サイト', latin)).toBe('');
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
});
