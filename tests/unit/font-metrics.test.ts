import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import {
	buildSocialCardTree,
	CARD_FONT_FAMILY,
	fitSocialCardText,
	SOCIAL_CARD_PALETTE as palette,
	SOCIAL_CARD_SIZE,
	type SocialCardContent,
} from '@/features/social-cards/card';
import { createTextMeasure, type CardFontFile } from '@/features/social-cards/font-metrics';
import { parseUnicodeRanges } from '@/features/social-cards/text-fit';
import { readCardFont, type CardFont } from '../helpers/card-font';

const inter = readCardFont('@fontsource/inter');
const mono = readCardFont('@fontsource/jetbrains-mono');

// Titles of the example site, and some that fill a card.
const TITLES = [
	'Idempotent webhooks: retries without double charges',
	'Modelling state machines with TypeScript discriminated unions',
	'AVATAR: Wave to the Typography of WAVY, TALL and wide letters',
	'The first 90 days of a clinic booking platform, and what we would do again',
	'stale-while-revalidate, Cache-Control and the CDN in front of a Postgres-backed API',
];

const card = (title: string): SocialCardContent => ({
	siteName: 'Fieldnotes',
	siteHost: 'fieldnotes.example.com',
	label: 'Article',
	title,
	description:
		'Webhook providers deliver at least once; a unique key keeps retries from charging twice.',
	date: '23 June 2025',
	tags: ['#reliability', '#Postgres'],
});

/** One run of text satori drew: where it starts, how wide satori made it, and its colour. */
interface DrawnText {
	x: number;
	y: number;
	width: number;
	fill: string;
	text: string;
}

/** Draws a card with satori in a font, and returns the runs of text as satori laid them out. */
async function draw(content: SocialCardContent, font: CardFont): Promise<DrawnText[]> {
	const svg = await satori(
		buildSocialCardTree(content, { palette, drawable: font.drawable, measure: font.measure }),
		{
			...SOCIAL_CARD_SIZE,
			fonts: font.files
				.filter(({ subset }) => subset === 'latin')
				.map(({ file, weight }) => ({ name: CARD_FONT_FAMILY, data: readFileSync(file), weight })),
			// Text as <text> elements with satori's own positions and widths, instead of glyph paths.
			embedFont: false,
		}
	);
	return [
		...svg.matchAll(
			/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]* fill="([^"]+)">([^<]*)<\/text>/g
		),
	].map(([, x, y, width, fill, text]) => ({
		x: Number(x),
		y: Number(y),
		width: Number(width),
		fill: fill ?? '',
		text: text ?? '',
	}));
}

/** The lines satori drew in a colour, as text, top to bottom. */
function linesIn(drawn: readonly DrawnText[], fill: string): string[] {
	const rows = new Map<number, string>();
	for (const run of drawn.filter((text) => text.fill === fill)) {
		rows.set(run.y, (rows.get(run.y) ?? '') + run.text);
	}
	return [...rows].sort(([a], [b]) => a - b).map(([, text]) => text.trim());
}

// The card's text column ends 64 px from its right edge.
const TEXT_RIGHT_EDGE = SOCIAL_CARD_SIZE.width - 64;

describe('card text measured with the card font', () => {
	it("reads the font file's advance widths: a W is wider than an i, and a monospaced font's are equal", () => {
		expect(inter.measure('W', 100, 700)).toBeCloseTo(103.76, 1);
		expect(inter.measure('i', 100, 700)).toBeCloseTo(27.1, 1);
		expect(inter.measure('Webhooks', 40, 700)).toBeGreaterThan(inter.measure('Webhooks', 40, 400));
		expect(mono.measure('W', 100, 700)).toBe(mono.measure('i', 100, 700));
	});

	it('never measures a word narrower than satori draws it, and stays within 3% of it', async () => {
		for (const font of [inter, mono]) {
			const content = card(TITLES[0] ?? '');
			const fontSize = fitSocialCardText(content, font).title?.fontSize ?? 0;
			const words = (await draw(content, font)).filter(
				({ fill, text }) => fill === palette.ink && text.trim().length > 1
			);
			expect(words.length).toBeGreaterThan(3);
			for (const { text, width } of words) {
				// The title is drawn 0.02 em tighter per character.
				const measured = font.measure(text, fontSize, 700) - [...text].length * 0.02 * fontSize;
				expect(measured, text).toBeGreaterThanOrEqual(width - 0.5);
				expect(measured, text).toBeLessThanOrEqual(width * 1.03);
			}
		}
	});

	it.each([
		['Inter', inter],
		['JetBrains Mono', mono],
	])(
		'fits every title and description of a card drawn in %s inside the text column, on the lines it chose',
		async (_name, font) => {
			for (const title of TITLES) {
				const content = card(title);
				const fitted = fitSocialCardText(content, font);
				const drawn = await draw(content, font);
				// satori wraps a line that is too wide for its box: the lines it drew are the fitted ones.
				expect(linesIn(drawn, palette.ink), title).toEqual(fitted.title?.lines);
				expect(linesIn(drawn, palette.muted).slice(1, -1), title).toEqual(
					fitted.description?.lines
				);
				// Spaces and line breaks at the end of a line draw nothing.
				for (const run of drawn.filter(({ text }) => text.trim() !== '')) {
					expect(run.x + run.width, `"${run.text}" in ${title}`).toBeLessThanOrEqual(
						TEXT_RIGHT_EDGE
					);
				}
			}
		}
	);

	it('breaks the lines of a card differently when the card font changes', () => {
		const broken = TITLES.map((title) => ({
			inter: fitSocialCardText(card(title), inter).title,
			mono: fitSocialCardText(card(title), mono).title,
		}));
		for (const { inter: sans, mono: monospaced } of broken) {
			expect(monospaced?.lines.join(' ')).toBe(sans?.lines.join(' '));
		}
		expect(broken.map(({ mono: monospaced }) => monospaced?.lines)).not.toEqual(
			broken.map(({ inter: sans }) => sans?.lines)
		);
	});
});

describe('createTextMeasure', () => {
	// Inter's files and subsets as the build passes them: Latin first.
	const subsets = Object.entries(
		JSON.parse(readFileSync('node_modules/@fontsource/inter/unicode.json', 'utf8')) as Record<
			string,
			string
		>
	)
		.map(([name, list]) => ({ name, ranges: parseUnicodeRanges(list) }))
		.sort((a, b) => (a.name === 'latin' ? -1 : b.name === 'latin' ? 1 : 0));

	/** A measure over Inter's files that records which files it reads, by name. */
	function measureReading(files: readonly CardFontFile[] = inter.files) {
		const reads: string[] = [];
		const measure = createTextMeasure(files, subsets, (file) => {
			reads.push(basename(file));
			return readFileSync(file);
		});
		return { measure, reads };
	}

	it('measures each character with the file of the subset whose range holds it, in its weight', () => {
		const { measure } = measureReading();
		// The first and last letters of Inter's Cyrillic range (U+0400-045F), a Latin letter and
		// the last code point of the Latin range (U+00FF).
		expect(measure('Ѐ', 100, 400)).toBeCloseTo(60.107, 3);
		expect(measure('џ', 100, 400)).toBeCloseTo(58.789, 3);
		expect(measure('Ж', 100, 700)).toBeCloseTo(106.836, 3);
		expect(measure('ÿ', 100, 400)).toBeCloseTo(56.201, 3);
		expect(measure('W', 100, 700)).toBeCloseTo(103.76, 2);
		expect(measure('Жÿ', 50, 700)).toBeCloseTo((106.836 + 60.205) / 2, 2);
	});

	it("measures a character no file has as the first file's missing-glyph box", () => {
		const { measure } = measureReading();
		expect(measure('静', 100, 400)).toBe(65.625);
		expect(measure('静的', 40, 700)).toBe(52.5);
	});

	it('reads only the files a text needs, each once, when a character first needs it', () => {
		const { measure, reads } = measureReading();
		measure('Ѐ', 72, 400);
		expect(reads).toEqual(['inter-cyrillic-400-normal.woff']);
		measure('џЖ', 72, 400);
		measure('Idempotent', 72, 700);
		measure('webhooks', 72, 700);
		expect(reads).toEqual(['inter-cyrillic-400-normal.woff', 'inter-latin-700-normal.woff']);
	});

	it('skips a subset with no file in the weight asked for', () => {
		const latinOnly = inter.files.filter(({ subset }) => subset === 'latin');
		const { measure, reads } = measureReading(latinOnly);
		expect(measure('Ж', 100, 400)).toBe(65.625);
		expect(reads).toEqual(['inter-latin-400-normal.woff']);
	});

	it('says so when the card font has no file in a weight', () => {
		const regularOnly = inter.files.filter(({ weight }) => weight === 400);
		expect(() => measureReading(regularOnly).measure('静', 48, 700)).toThrow(
			'The card font has no file in weight 700.'
		);
		expect(() => createTextMeasure(inter.files, [], readFileSync)('x', 48, 400)).toThrow(
			'The card font has no file in weight 400.'
		);
	});

	it('refuses a font collection, which holds several fonts', () => {
		// The header of a TrueType collection (.ttc) of one font.
		const collection = Buffer.alloc(16);
		collection.write('ttcf', 0, 'latin1');
		collection.writeUInt32BE(0x00010000, 4);
		collection.writeUInt32BE(1, 8);
		collection.writeUInt32BE(16, 12);
		const files: CardFontFile[] = [{ subset: 'latin', weight: 400, file: 'NotoSans.ttc' }];
		expect(() => createTextMeasure(files, subsets, () => collection)('A', 48, 400)).toThrow(
			'NotoSans.ttc is a font collection, not one font.'
		);
	});
});
