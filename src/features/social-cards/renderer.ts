import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { handOverSocialCardBuild } from './build-handoff';
import {
	buildSocialCardTree,
	CARD_FONT_FAMILY,
	COVER_PANEL,
	SOCIAL_CARD_PALETTE,
	SOCIAL_CARD_SIZE,
	socialCardKey,
	type SocialCardContent,
} from './card';
import type { CardDrawing, DrawnCard } from './draw';
import type { DrawRequest, DrawResponse } from './draw-worker';
import { createTextMeasure } from './font-metrics';
import { parseUnicodeRanges, subsetsUsedBy, type FontSubset } from './text-fit';

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
/**
 * Worker threads that draw a build's cards while the main thread renders the pages. One per core:
 * on two cores, cards outlast the pages from a few hundred articles on, and then both threads
 * draw (1,000 articles on a busy machine: the build waited 67-101 s for the last cards after the
 * pages with two workers, 105-152 s with one, for the same CPU time).
 */
const WORKERS = availableParallelism();
/**
 * A worker's young heap, in MB: V8's default let two workers hold about 100 MB more (375 against
 * 280 MB RSS after 200 cards) for no measurable speed, and the build's peak RSS must stay under
 * 2 GiB at 10,000 articles.
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** Cards sent to a worker ahead of its answers, so it never waits for the busy main thread. */
const QUEUED_PER_WORKER = 2;
/** Measures card text with the card font's own files, as the cards are drawn with them. */
export const measureCardText = createTextMeasure(settings.fonts, SUBSETS, (file) =>
	readFileSync(file)
);

/** The two files of a drawn card in the cache: the PNG and its WebP preview. */
interface CachedCard {
	png: string;
	preview: string;
}

/**
 * Starts drawing every card of the build whose inputs changed, on worker threads, and returns
 * without waiting: Astro renders the pages meanwhile. The batch then deletes cached cards no page
 * uses any more and hands the after-build step (after-build.ts) the record of which cache file
 * goes where, for it to copy into the output once the last card is drawn.
 */
export async function prepareSocialCards(jobs: readonly SocialCardJob[]): Promise<void> {
	const started = performance.now();
	await mkdir(settings.cacheDirectory, { recursive: true });
	const keyed = await Promise.all(jobs.map(async (job) => ({ job, ...(await keyOf(job)) })));
	// Pages whose cards say the same (two articles with one title, description and date) share
	// cache files: they are drawn once.
	const missing = [
		...new Map(
			keyed
				.filter(({ files }) => !existsSync(files.png) || !existsSync(files.preview))
				.map((card) => [card.files.png, card])
		).values(),
	];
	if (missing.length > 0 && !process.features.typescript) {
		throw new Error(
			`Social cards are drawn on worker threads that Node ${process.version} cannot start: they need Node 22.18 or newer. Build with \`npm run build\`, which runs the project's own Node (the \`node\` devDependency).`
		);
	}
	const workers = Math.min(WORKERS, missing.length);
	handOverSocialCardBuild(
		drawInWorkers(missing, workers).then(async () => {
			await pruneCache(new Set(keyed.flatMap(({ files }) => [files.png, files.preview])));
			return {
				rendered: missing.length,
				reused: keyed.length - missing.length,
				milliseconds: Math.round(performance.now() - started),
				workers,
				cards: keyed.flatMap(({ job, files }): [string, string][] => [
					[job.path, files.png],
					[job.previewPath, files.preview],
				]),
			};
		})
	);
}

/**
 * One card's PNG or its WebP preview (in `astro dev`): from the cache when its inputs are
 * unchanged, else drawn and cached.
 */
export async function getSocialCardFile(
	job: SocialCardJob,
	which: keyof CachedCard
): Promise<Uint8Array> {
	const { files, cover } = await keyOf(job);
	if (existsSync(files.png) && existsSync(files.preview)) return readFile(files[which]);
	// Loaded only here: resvg's loader asks Node for a diagnostic report to tell glibc from musl,
	// which took 2.8 s of a 1,000-article build that drew no card.
	const { drawCard } = await import('./draw');
	const drawn = await drawCard(await cardDrawing(job, cover));
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
 * Draws cards on worker threads, each with its own satori, resvg and sharp, and stores each PNG
 * as it arrives. Every card is tried; the first failure is thrown once all are done.
 */
async function drawInWorkers(
	cards: readonly { job: SocialCardJob; files: CachedCard; cover: Buffer | undefined }[],
	workers: number
): Promise<void> {
	let next = 0;
	const failures: Error[] = [];
	const drawOn = async (worker: Worker) => {
		const pending = new Map<
			number,
			{ resolve: (drawn: DrawnCard) => void; reject: (error: Error) => void }
		>();
		worker.on('message', (response: DrawResponse) => {
			const waiting = pending.get(response.id);
			pending.delete(response.id);
			if ('drawn' in response) waiting?.resolve(response.drawn);
			else waiting?.reject(new Error(response.error));
		});
		const rejectPending = (error: Error) => {
			for (const waiting of pending.values()) waiting.reject(error);
			pending.clear();
		};
		worker.on('error', rejectPending);
		worker.on('exit', (code) =>
			rejectPending(new Error(`The social-card worker thread stopped (exit code ${code}).`))
		);
		const request = (id: number, drawing: CardDrawing) =>
			new Promise<DrawnCard>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, drawing } satisfies DrawRequest);
			});
		const drawNext = async (): Promise<void> => {
			while (next < cards.length) {
				const id = next++;
				const card = cards[id]!;
				try {
					await storeCard(card.files, await request(id, await cardDrawing(card.job, card.cover)));
				} catch (error) {
					failures.push(
						new Error(`Drawing the social card ${card.job.path} failed`, { cause: error })
					);
				}
			}
		};
		try {
			await Promise.all(Array.from({ length: QUEUED_PER_WORKER }, drawNext));
		} finally {
			await worker.terminate();
		}
	};
	await Promise.all(
		Array.from({ length: workers }, () =>
			drawOn(
				new Worker(settings.workerFile, {
					name: 'fieldnotes social cards',
					resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
				})
			)
		)
	);
	if (failures[0]) throw failures[0];
}

/** What a worker needs to draw a card: its element tree, with the cover cropped in, and its fonts. */
async function cardDrawing(job: SocialCardJob, cover: Buffer | undefined): Promise<CardDrawing> {
	const coverDataUrl = cover && (await coverPanel(cover));
	const text = [
		job.content.siteName,
		job.content.label,
		job.content.title,
		job.content.description,
		job.content.date,
	]
		.concat(job.content.tags)
		.join(' ');
	const subsets = subsetsUsedBy(text, SUBSETS);
	return {
		tree: buildSocialCardTree(job.content, {
			palette: SOCIAL_CARD_PALETTE,
			drawable: DRAWABLE,
			measure: measureCardText,
			coverDataUrl,
		}),
		...SOCIAL_CARD_SIZE,
		fontFamily: CARD_FONT_FAMILY,
		// The card font's Latin files, and those of the other subsets the card's text uses.
		fonts: settings.fonts.filter(({ subset }) => subsets.includes(subset)),
	};
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
 * Writes a card's files next to their final names, then renames them, the PNG last, so a stopped
 * build leaves no half file and no PNG without its preview. Each temporary name is unique to its
 * write, so two writes of one card never share one.
 */
async function storeCard(files: CachedCard, drawn: DrawnCard): Promise<void> {
	for (const which of ['preview', 'png'] as const) {
		const partial = `${files[which]}.${randomUUID()}.partial`;
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
