import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDamagedImages } from '@/build/image-cache';

const folder = mkdtempSync(join(tmpdir(), 'fieldnotes-image-cache-'));
const assets = join(folder, 'assets');
const record = join(folder, 'verified.json');

/** A 64×48 gradient, so every format has real data to lose at the end. */
function picture(): ReturnType<typeof sharp> {
	const pixels = Buffer.alloc(64 * 48 * 3, 0);
	for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 7) % 256;
	return sharp(pixels, { raw: { width: 64, height: 48, channels: 3 } });
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('removeDamagedImages', () => {
	const whole = new Map<string, Buffer>();

	beforeAll(async () => {
		whole.set('cover.a.png', await picture().png().toBuffer());
		whole.set('cover.b.jpg', await picture().jpeg().toBuffer());
		whole.set('cover.c.webp', await picture().webp().toBuffer());
		whole.set('cover.d.avif', await picture().avif().toBuffer());
		mkdirSync(assets, { recursive: true });
		for (const [name, bytes] of whole) {
			writeFileSync(join(assets, name), bytes);
			// What a full disk leaves: the first part of each file, or nothing at all.
			writeFileSync(join(assets, `cut-${name}`), bytes.subarray(0, Math.floor(bytes.length * 0.9)));
			writeFileSync(join(assets, `empty-${name}`), '');
			// A decoder forgives a PNG without its last chunk; the cache must not.
			writeFileSync(join(assets, `end-${name}`), bytes.subarray(0, -4));
		}
		// A remote image whose metadata was cut short, and one that is whole.
		writeFileSync(join(assets, 'remote.e.png'), whole.get('cover.a.png') ?? '');
		writeFileSync(join(assets, 'remote.e.png.json'), '{"expires":17');
		writeFileSync(join(assets, 'remote.f.png'), whole.get('cover.a.png') ?? '');
		writeFileSync(join(assets, 'remote.f.png.json'), '{"expires":1700000000000}');
	});

	it('deletes every empty or cut-short image, and a remote image whose metadata is damaged', async () => {
		const { checked, damaged } = await removeDamagedImages(assets, record);
		expect(checked).toBe(18);
		expect(damaged).toEqual(
			[
				...[...whole.keys()].flatMap((name) => [`cut-${name}`, `empty-${name}`, `end-${name}`]),
				'remote.e.png',
			].sort()
		);
		expect(readdirSync(assets).sort()).toEqual(
			[...whole.keys(), 'remote.f.png', 'remote.f.png.json'].sort()
		);
		for (const [name, bytes] of whole) expect(readFileSync(join(assets, name))).toEqual(bytes);
	});

	it('decodes only what was written since the last check', async () => {
		expect(await removeDamagedImages(assets, record)).toEqual({ checked: 0, damaged: [] });
		// Astro writing an entry again (after the check deleted it) is a new entry.
		const png = whole.get('cover.a.png') ?? Buffer.alloc(0);
		writeFileSync(join(assets, 'cover.a.png'), png.subarray(0, 100));
		expect(await removeDamagedImages(assets, record)).toEqual({
			checked: 1,
			damaged: ['cover.a.png'],
		});
	});

	it('checks everything again when the record is missing or damaged', async () => {
		writeFileSync(record, 'null');
		expect(await removeDamagedImages(assets, record)).toEqual({ checked: 4, damaged: [] });
	});

	it('finds nothing to do when Astro has no image cache yet', async () => {
		expect(await removeDamagedImages(join(folder, 'missing'), record)).toEqual({
			checked: 0,
			damaged: [],
		});
	});
});
