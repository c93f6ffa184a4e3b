// Runs on worker threads as well as in Astro's bundle: Node loads it with its own type stripping
// (see draw-worker.ts), so it imports packages and, from this project, types only.
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { CardElement } from './card';
import type { CardFontFile } from './font-metrics';

/** Everything needed to draw one card: its element tree, size and fonts. */
export interface CardDrawing {
	tree: CardElement;
	width: number;
	height: number;
	/** The font family name the tree's text asks for (src/theme.ts names the card font). */
	fontFamily: string;
	/** The font files of the subsets the card's text uses, Latin first. */
	fonts: readonly CardFontFile[];
}

/** The font list of each set of files, parsed by satori once per list (it keys its cache on the array). */
const fontLists = new Map<string, Promise<Font[]>>();

/** A drawn card: the PNG pages share, and the small WebP copy the site's own card images show. */
export interface DrawnCard {
	png: Uint8Array;
	preview: Uint8Array;
}

/**
 * The width of a card's preview: the site's own cards show it at most about 300 CSS pixels wide,
 * so twice that covers two device pixels per CSS pixel in a fifth of the PNG's bytes.
 */
const PREVIEW_WIDTH = 600;

/**
 * Draws a card: satori turns the element tree into SVG, resvg into pixels, sharp into a PNG and a
 * WebP preview.
 */
export async function drawCard({
	tree,
	width,
	height,
	fontFamily,
	fonts,
}: CardDrawing): Promise<DrawnCard> {
	// satori takes a React element or, as here, the plain object form of one.
	const svg = await satori(tree, { width, height, fonts: await loadFonts(fontFamily, fonts) });
	// Stryker disable next-line ObjectLiteral,BooleanLiteral: satori writes the text as paths, so system fonts would only cost resvg time
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	// No alpha channel and no metadata: the same pixels always give the same bytes.
	const pixels = () =>
		sharp(image.pixels, {
			raw: { width: image.width, height: image.height, channels: 4 },
		}).removeAlpha();
	const [png, preview] = await Promise.all([
		pixels().png().toBuffer(),
		// Stryker disable next-line ObjectLiteral: 80 is also sharp's default; the option says what the preview is
		pixels().resize(PREVIEW_WIDTH).webp({ quality: 80 }).toBuffer(),
	]);
	return { png, preview };
}

function loadFonts(family: string, files: readonly CardFontFile[]): Promise<Font[]> {
	// Stryker disable next-line StringLiteral: the files are absolute paths, which never run into one another
	const key = [family, ...files.map(({ file }) => file)].join('\n');
	let fonts = fontLists.get(key);
	if (!fonts) {
		fonts = Promise.all(
			files.map(async ({ subset, file, weight }) => {
				// Fonts of one name are not fallbacks of each other in satori; fonts of other names are.
				const subsetFamily = `${family} ${subset}`;
				return {
					// Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: satori falls back to fonts of any other name, so which subset has the family's own name changes no pixel
					name: subset === 'latin' ? family : subsetFamily,
					data: await readFile(file),
					weight,
				};
			})
		);
		fontLists.set(key, fonts);
	}
	return fonts;
}
