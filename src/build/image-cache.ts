import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { writeFileAtomicallyAsync } from './cache';

/** What a check of Astro's image cache found. */
export interface ImageCacheCheck {
	/** Entries decoded this time: those written since the last check. */
	checked: number;
	/** Entries deleted because they were not whole images, by file name. */
	damaged: string[];
}

/** Each cached image that decoded whole, with the size and modification time it had then. */
type VerifiedImages = Record<string, string>;

/**
 * Keeps Astro's image cache (`<cacheDir>/assets/`) from shipping broken images. Astro writes an
 * entry in place and, when the disk is full, only warns, leaving it empty or cut short; every later
 * build copies it into `/_astro/` under an immutable name. So before each build, every entry
 * written since the last check is decoded in full, and an entry that does not decode is deleted:
 * Astro finds it missing and draws it again.
 */
export function imageCacheCheck(): AstroIntegration {
	let cacheDir: string | undefined;
	return {
		name: 'fieldnotes:image-cache-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': async ({ logger }) => {
				if (!cacheDir) return;
				const { checked, damaged } = await removeDamagedImages(
					join(cacheDir, 'assets'),
					join(cacheDir, 'image-cache-verified.json')
				);
				if (damaged.length > 0) {
					logger.warn(
						`${damaged.length} of ${checked} new entries of the image cache were not whole images (a build that ran out of disk space or was stopped leaves such files) and are drawn again: ${damaged.join(', ')}`
					);
				} else if (checked > 0) {
					logger.info(`image cache: ${checked} new entries checked, all whole.`);
				}
			},
		},
	};
}

/**
 * Decodes every image in `folder` not yet verified in its present form, deletes those that do not
 * decode in full (with the `.json` Astro keeps beside a remote image), and records the rest in
 * `recordFile`, so the next check decodes only what was written after this one.
 */
export async function removeDamagedImages(
	folder: string,
	recordFile: string
): Promise<ImageCacheCheck> {
	if (!existsSync(folder)) return { checked: 0, damaged: [] };
	const verified = await readRecord(recordFile);
	const names = new Set(await readdir(folder));
	const images = [...names].filter((name) => !name.endsWith('.json')).sort();
	const stillVerified: VerifiedImages = {};
	const damaged: string[] = [];
	let checked = 0;
	// One at a time: decoding several at once, sharp sometimes lets a damaged image pass.
	const limit = pLimit(1);
	await Promise.all(
		images.map((name) =>
			limit(async () => {
				const file = join(folder, name);
				const { size, mtimeMs } = await stat(file);
				const version = `${size} ${mtimeMs}`;
				if (verified[name] !== version) {
					checked += 1;
					const meta = names.has(`${name}.json`) ? join(folder, `${name}.json`) : undefined;
					if (!(await isWholeImage(file, size)) || (meta && !(await isRemoteImageMeta(meta)))) {
						damaged.push(name);
						await Promise.all([rm(file, { force: true }), meta && rm(meta, { force: true })]);
						return;
					}
				}
				stillVerified[name] = version;
			})
		)
	);
	await writeFileAtomicallyAsync(recordFile, JSON.stringify(stillVerified));
	return { checked, damaged: damaged.sort() };
}

/** Whether a file is a whole image: not empty, not cut short, and it decodes. */
async function isWholeImage(file: string, size: number): Promise<boolean> {
	if (size === 0) return false;
	const bytes = await readFile(file);
	if (!endsWhereItSays(bytes)) return false;
	try {
		// stats() reads every pixel; sharp fails on a damaged image by default.
		await sharp(bytes).stats();
		return true;
	} catch {
		return false;
	}
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Whether a file of a format Astro writes ends where its format says it ends. A decoder forgives
 * some cut ends (libpng only warns when the last bytes of a PNG are missing, and sharp, decoding
 * several images at once, sometimes misses that warning), so this is checked by hand: a PNG ends
 * with its IEND chunk, a JPEG with its end marker, a WebP where its RIFF header says, and an AVIF
 * where its last box ends. Other formats are left to the decoder.
 */
export function endsWhereItSays(bytes: Buffer): boolean {
	if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return bytes.subarray(-12).equals(PNG_END);
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return bytes.at(-2) === 0xff && bytes.at(-1) === 0xd9;
	if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
		return bytes.length >= 12 && bytes.readUInt32LE(4) + 8 === bytes.length;
	}
	if (bytes.toString('latin1', 4, 8) === 'ftyp') return boxesEndAtEnd(bytes);
	return true;
}

/** Whether the top-level boxes of an ISO media file (AVIF, HEIF) fill it exactly. */
function boxesEndAtEnd(bytes: Buffer): boolean {
	let offset = 0;
	while (offset + 8 <= bytes.length) {
		const size = bytes.readUInt32BE(offset);
		// 0: the box runs to the end of the file; 1: its size follows as a 64-bit number.
		if (size === 0) return true;
		const boxSize =
			size === 1 && offset + 16 <= bytes.length ? Number(bytes.readBigUInt64BE(offset + 8)) : size;
		if (boxSize < 8) return false;
		offset += boxSize;
	}
	return offset === bytes.length;
}

/** Whether the `.json` beside a remote image is what Astro reads: JSON with an `expires` time. */
async function isRemoteImageMeta(file: string): Promise<boolean> {
	try {
		const meta = JSON.parse(await readFile(file, 'utf8')) as { expires?: unknown };
		return typeof meta.expires === 'number';
	} catch {
		return false;
	}
}

async function readRecord(file: string): Promise<VerifiedImages> {
	try {
		const record: unknown = JSON.parse(await readFile(file, 'utf8'));
		if (typeof record === 'object' && record !== null) return record as VerifiedImages;
	} catch {
		// Read below as no record.
	}
	// No record, or a damaged one: every entry is checked.
	return {};
}
