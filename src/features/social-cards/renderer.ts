import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import {
	buildSocialCardTree,
	CARD_FONT_FAMILY,
	COVER_PANEL,
	SOCIAL_CARD_PALETTE,
	SOCIAL_CARD_SIZE,
	socialCardKey,
	type SocialCardContent,
} from './card';
import { createTextMeasure } from './font-metrics';
import { parseUnicodeRanges, subsetsUsedBy, type FontSubset } from './text-fit';
import type { SocialCardBuildRecord } from './integration';

/** One card to draw: where it is served, what it says, and the cover file it shows, if any. */
export interface SocialCardJob {
	/** Site path of the PNG, e.g. `/social-cards/blog/x.png`. */
	path: string;
	/** Site path of its small WebP copy, e.g. `/social-cards/blog/x.webp`. */
	previewPath: string;
	content: SocialCardContent;
	coverFile: string | undefined;
}

const settings = __FIELDNOTES_SOCIAL_CARDS__;
const SUBSETS: FontSubset[] = Object.entries(settings.subsets).map(([name, list]) => ({
	name,
	ranges: parseUnicodeRanges(list),
}));
/** The code points the card fonts can draw. */
export const DRAWABLE = SUBSETS.flatMap(({ ranges }) => ranges);
/** Measures card text with the card font's own files, as the cards are drawn with them. */
export const measureCardText = createTextMeasure(settings.fonts, SUBSETS, (file) =>
	readFileSync(file)
);
// Cards a build draws at once: satori lays one out on this thread while resvg and sharp
// rasterise and encode others on libuv's thread pool, so both cores work.
const IN_FLIGHT = 4;
/**
 * The width of a card's preview: the WebP copy the site's own cards show, at most about 300 CSS
 * pixels wide, so twice that covers two device pixels per CSS pixel in a fifth of the PNG's bytes.
 */
const PREVIEW_WIDTH = 600;

/** The two files of a drawn card in the cache: the PNG and its WebP preview. */
interface CachedCard {
	png: string;
	preview: string;
}

type Font = { name: string; data: Buffer; weight: 400 | 700 };
/** The font list for each set of subsets a card needs, parsed by satori once per list. */
const fontLists = new Map<string, Promise<Font[]>>();

/**
 * Makes sure every card of the build is in the cache: draws those whose inputs changed, deletes
 * cached cards no page uses any more, and leaves src/features/social-cards/integration.ts the record of
 * which cache file goes where and how many were drawn, for it to copy into the output.
 */
export async function prepareSocialCards(jobs: readonly SocialCardJob[]): Promise<void> {
	const started = performance.now();
	await mkdir(settings.cacheDirectory, { recursive: true });
	const keyed = await Promise.all(jobs.map(async (job) => ({ job, ...(await keyOf(job)) })));
	const missing = keyed.filter(({ files }) => !existsSync(files.png) || !existsSync(files.preview));
	const failures: Error[] = [];
	const running = new Set<Promise<void>>();
	for (const card of missing) {
		const task = draw(card.job, card.cover)
			.then((drawn) => storeCard(card.files, drawn))
			.catch((error: unknown) => {
				failures.push(
					new Error(`Drawing the social card ${card.job.path} failed`, { cause: error })
				);
			})
			.finally(() => running.delete(task));
		running.add(task);
		if (running.size >= IN_FLIGHT) await Promise.race(running);
	}
	await Promise.all(running);
	if (failures[0]) throw failures[0];
	await pruneCache(new Set(keyed.flatMap(({ files }) => [files.png, files.preview])));
	const record: SocialCardBuildRecord = {
		rendered: missing.length,
		reused: keyed.length - missing.length,
		milliseconds: Math.round(performance.now() - started),
		cards: keyed.flatMap(({ job, files }): [string, string][] => [
			[job.path, files.png],
			[job.previewPath, files.preview],
		]),
	};
	await writeFile(settings.buildRecord, JSON.stringify(record));
}

/**
 * One card's PNG or its WebP preview: from the cache when its inputs are unchanged, else drawn
 * and cached.
 */
export async function getSocialCardFile(
	job: SocialCardJob,
	which: keyof CachedCard
): Promise<Buffer> {
	const { files, cover } = await keyOf(job);
	if (existsSync(files.png) && existsSync(files.preview)) return readFile(files[which]);
	const drawn = await draw(job, cover);
	await mkdir(settings.cacheDirectory, { recursive: true });
	await storeCard(files, drawn);
	return drawn[which];
}

async function keyOf(
	job: SocialCardJob
): Promise<{ files: CachedCard; cover: Buffer | undefined }> {
	const cover = job.coverFile ? await readFile(job.coverFile) : undefined;
	const key = socialCardKey({
		content: job.content,
		palette: SOCIAL_CARD_PALETTE,
		rendererDigest: settings.rendererDigest,
		coverDigest: cover && createHash('sha256').update(cover).digest('hex'),
	});
	const file = join(settings.cacheDirectory, key);
	return { files: { png: `${file}.png`, preview: `${file}.webp` }, cover };
}

/**
 * Draws a card: satori turns the element tree into SVG, resvg into pixels, sharp into a PNG and
 * a WebP preview.
 */
async function draw(
	job: SocialCardJob,
	cover: Buffer | undefined
): Promise<Record<keyof CachedCard, Buffer>> {
	const coverDataUrl = cover && (await coverPanel(cover));
	const tree = buildSocialCardTree(job.content, {
		palette: SOCIAL_CARD_PALETTE,
		drawable: DRAWABLE,
		measure: measureCardText,
		coverDataUrl,
	});
	// satori takes a React element or, as here, the plain object form of one.
	const svg = await satori(tree, {
		...SOCIAL_CARD_SIZE,
		fonts: await loadFonts(job.content),
	});
	const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
	// No alpha channel and no metadata: the same pixels always give the same bytes.
	const pixels = () =>
		sharp(image.pixels, {
			raw: { width: image.width, height: image.height, channels: 4 },
		}).removeAlpha();
	const [png, preview] = await Promise.all([
		pixels().png().toBuffer(),
		pixels().resize(PREVIEW_WIDTH).webp({ quality: 80 }).toBuffer(),
	]);
	return { png, preview };
}

/** The cover cropped to the card's cover panel, as a JPEG data URL for the element tree. */
async function coverPanel(cover: Buffer): Promise<string> {
	const jpeg = await sharp(cover)
		.resize(COVER_PANEL.width, COVER_PANEL.height, { fit: 'cover' })
		.flatten({ background: SOCIAL_CARD_PALETTE.surface })
		.jpeg({ quality: 85 })
		.toBuffer();
	return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/**
 * The card font's Latin files, and those of the other subsets the card's text uses. satori keeps
 * the fonts it parsed for each array it is given, so each distinct list is made once per build.
 */
function loadFonts(content: SocialCardContent): Promise<Font[]> {
	const text = [content.siteName, content.label, content.title, content.description, content.date]
		.concat(content.tags)
		.join(' ');
	const subsets = subsetsUsedBy(text, SUBSETS);
	const key = subsets.join(',');
	let fonts = fontLists.get(key);
	if (!fonts) {
		fonts = Promise.all(
			settings.fonts
				.filter(({ subset }) => subsets.includes(subset))
				.map(async ({ subset, file, weight }) => ({
					// Fonts of one name are not fallbacks of each other in satori; fonts of other names are.
					name: subset === 'latin' ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset}`,
					data: await readFile(file),
					weight,
				}))
		);
		fontLists.set(key, fonts);
	}
	return fonts;
}

/**
 * Writes a card's files next to their final names, then renames them, the PNG last, so a stopped
 * build leaves no half file and no PNG without its preview.
 */
async function storeCard(
	files: CachedCard,
	drawn: Record<keyof CachedCard, Buffer>
): Promise<void> {
	for (const which of ['preview', 'png'] as const) {
		const partial = `${files[which]}.${process.pid}.partial`;
		await writeFile(partial, drawn[which]);
		await rename(partial, files[which]);
	}
}

/** Deletes the cached cards (and leftovers of stopped builds) this build did not use. */
async function pruneCache(used: ReadonlySet<string>): Promise<void> {
	const names = await readdir(settings.cacheDirectory);
	await Promise.all(
		names
			.map((name) => join(settings.cacheDirectory, name))
			.filter((file) => !used.has(file))
			.map((file) => rm(file, { force: true }))
	);
}
