import { readFileSync } from 'node:fs';
import { createTextMeasure, type CardFontFile } from '@/features/social-cards/font-metrics';
import { readSocialCardSettings } from '@/features/social-cards/integration';
import { parseUnicodeRanges, type MeasureText } from '@/features/social-cards/text-fit';

/** A Fontsource package as the social cards would draw with it. */
export interface CardFont {
	/** Its static WOFF files, Latin first. */
	files: CardFontFile[];
	/** The code points its files cover. */
	drawable: [number, number][];
	/** Text measured with its files' metrics. */
	measure: MeasureText;
}

/** Reads a card font the way the build does, from node_modules. */
export function readCardFont(fontPackage: string): CardFont {
	const { fonts, subsets } = readSocialCardSettings(process.cwd(), '/tmp/astro-cache/', {
		package: fontPackage,
	});
	const ranges = Object.entries(subsets).map(([name, list]) => ({
		name,
		ranges: parseUnicodeRanges(list),
	}));
	return {
		files: fonts,
		drawable: ranges.flatMap(({ ranges: covered }) => covered),
		measure: createTextMeasure(fonts, ranges, (file) => readFileSync(file)),
	};
}
