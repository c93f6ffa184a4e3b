import * as fsPromises from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { CARD_FONT_FAMILY, type CardElement } from '@/features/social-cards/card';
import { drawCard, type CardDrawing } from '@/features/social-cards/draw';
import { readCardFont } from '../helpers/card-font';

// Counts the font files drawCard reads.
vi.mock('node:fs/promises', async (importOriginal) => {
	const actual = await importOriginal<typeof fsPromises>();
	return { ...actual, readFile: vi.fn(actual.readFile) };
});

const inter = readCardFont('@fontsource/inter');
const mono = readCardFont('@fontsource/jetbrains-mono');

/** A small card: one line of text in the card font. */
function drawing(
	text: string,
	files = inter.files.filter(({ subset }) => subset === 'latin')
): CardDrawing {
	const tree: CardElement = {
		type: 'div',
		props: {
			style: {
				display: 'flex',
				width: 240,
				height: 80,
				backgroundColor: '#fbfaf7',
				fontFamily: CARD_FONT_FAMILY,
				fontSize: 32,
				color: '#1c1b19',
			},
			children: text,
		},
	};
	return { tree, width: 240, height: 80, fontFamily: CARD_FONT_FAMILY, fonts: files };
}

describe('drawCard', () => {
	it('draws an opaque PNG of the card and a WebP preview 600 px wide', async () => {
		const { png, preview } = await drawCard({ ...drawing('Fieldnotes'), width: 1200, height: 630 });
		expect(await sharp(png).metadata()).toMatchObject({
			format: 'png',
			width: 1200,
			height: 630,
			channels: 3,
			hasAlpha: false,
		});
		expect(await sharp(preview).metadata()).toMatchObject({
			format: 'webp',
			width: 600,
			height: 315,
			hasAlpha: false,
		});
	});

	it('draws Cyrillic letters with the Cyrillic files, Latin ones with the Latin files', async () => {
		const latin = inter.files.filter(({ subset }) => subset === 'latin');
		const withCyrillic = inter.files.filter(({ subset }) => ['latin', 'cyrillic'].includes(subset));
		const [missing, drawn, latinOnly, latinWithCyrillic] = await Promise.all([
			drawCard(drawing('Жук', latin)),
			drawCard(drawing('Жук', withCyrillic)),
			drawCard(drawing('Fieldnotes', latin)),
			drawCard(drawing('Fieldnotes', withCyrillic)),
		]);
		expect(Buffer.from(drawn.png).equals(missing.png)).toBe(false);
		expect(Buffer.from(latinWithCyrillic.png).equals(latinOnly.png)).toBe(true);
	});

	it('draws Greek and Cyrillic letters side by side, each with its own files', async () => {
		const files = (subsets: string[]) =>
			inter.files.filter(({ subset }) => subsets.includes(subset));
		const [withoutGreek, withGreek] = await Promise.all([
			drawCard(drawing('Жук Γειά', files(['latin', 'cyrillic']))),
			drawCard(drawing('Жук Γειά', files(['latin', 'cyrillic', 'greek']))),
		]);
		expect(Buffer.from(withGreek.png).equals(withoutGreek.png)).toBe(false);
	});

	it('draws with the fonts it is given, and reads each file once however many cards it draws', async () => {
		const readFile = vi.mocked(fsPromises.readFile);
		readFile.mockClear();
		const monoFiles = mono.files.filter(({ subset }) => subset === 'latin');
		const first = await drawCard(drawing('Fieldnotes', monoFiles));
		const again = await drawCard(drawing('Fieldnotes', monoFiles));
		expect(readFile).toHaveBeenCalledTimes(2);
		const sans = await drawCard(drawing('Fieldnotes'));
		expect(Buffer.from(again.png).equals(first.png)).toBe(true);
		expect(Buffer.from(sans.png).equals(first.png)).toBe(false);
	});
});
