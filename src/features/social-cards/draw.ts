// Runs on worker threads as well as in Astro's bundle: Node loads it with its own type stripping
// (see draw-worker.ts), so it imports packages and, from this project, types only.
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { CardElement } from './card';

/** One of Inter's static WOFF files: the subset it covers, its path and its weight. */
export interface CardFontFile {
	subset: string;
	file: string;
	weight: 400 | 700;
}

/** Everything needed to draw one card: its element tree, size and fonts. */
export interface CardDrawing {
	tree: CardElement;
	width: number;
	height: number;
	/** The font files of the subsets the card's text uses, Latin first. */
	fonts: readonly CardFontFile[];
}

/** The font list of each set of files, parsed by satori once per list (it keys its cache on the array). */
const fontLists = new Map<string, Promise<Font[]>>();

/** Draws a card: satori turns the element tree into SVG, resvg into pixels, sharp into a PNG. */
export async function drawCard({ tree, width, height, fonts }: CardDrawing): Promise<Buffer> {
	// satori takes a React element or, as here, the plain object form of one.
	const svg = await satori(tree, { width, height, fonts: await loadFonts(fonts) });
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	// No alpha channel and no metadata: the same pixels always give the same bytes.
	return sharp(image.pixels, {
		raw: { width: image.width, height: image.height, channels: 4 },
	})
		.removeAlpha()
		.png()
		.toBuffer();
}

function loadFonts(files: readonly CardFontFile[]): Promise<Font[]> {
	const key = files.map(({ file }) => file).join('\n');
	let fonts = fontLists.get(key);
	if (!fonts) {
		fonts = Promise.all(
			files.map(async ({ subset, file, weight }) => ({
				// Fonts of one name are not fallbacks of each other in satori; fonts of other names are.
				name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
				data: await readFile(file),
				weight,
			}))
		);
		fontLists.set(key, fonts);
	}
	return fonts;
}
