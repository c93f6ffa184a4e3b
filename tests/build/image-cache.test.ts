// A build that runs out of disk space leaves empty or cut-short files in Astro's image cache
// (node_modules/.astro/assets) and only warns. This damages the cache between two builds, as a
// full disk would, and checks that the second build ships whole images, the same as the first.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDirectoryFor } from '@/content-model/location';
import { PROJECT_ROOT, runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';

const content = `${TEST_BUILD_ROOT}image-cache-content`;
const contentDirectory = `./${content.slice(PROJECT_ROOT.length)}`;
const assets = join(PROJECT_ROOT, astroCacheDirectoryFor(contentDirectory), 'assets');
const outDirs = [`${content}-out-1/`, `${content}-out-2/`];
const IMAGE = /\.(avif|webp|png|jpe?g)$/;

/** The optimized images of a built site, by file name under `_astro/`. */
function builtImages(outDir: string): Map<string, Buffer> {
	return new Map(
		readdirSync(join(outDir, '_astro'))
			.filter((name) => IMAGE.test(name))
			.map((name) => [name, readFileSync(join(outDir, '_astro', name))])
	);
}

afterAll(() => {
	for (const folder of [content, ...outDirs]) rmSync(folder, { recursive: true, force: true });
});

describe('a build after one that filled the disk', () => {
	it('draws damaged image cache entries again and ships whole images', async () => {
		rmSync(content, { recursive: true, force: true });
		rmSync(join(assets, '..'), { recursive: true, force: true });
		mkdirSync(`${content}/blog`, { recursive: true });
		cpSync('tests/fixtures/site/authors', `${content}/authors`, { recursive: true });
		cpSync('tests/fixtures/site/blog/with-cover', `${content}/blog/with-cover`, {
			recursive: true,
		});
		const clean = await runAstroBuild({ contentDirectory, outDir: outDirs[0] ?? '' });
		expect(clean.exitCode, clean.output).toBe(0);

		// One entry of each format cut short, and one emptied.
		const entries = readdirSync(assets).filter((name) => IMAGE.test(name));
		const damaged = new Map<string, number>();
		for (const extension of ['.avif', '.webp', '.png']) {
			const name = entries.find((entry) => entry.endsWith(extension) && !damaged.has(entry));
			if (name) damaged.set(name, readFileSync(join(assets, name)).length / 2);
		}
		const emptied = entries.find((entry) => !damaged.has(entry));
		if (emptied) damaged.set(emptied, 0);
		expect(damaged.size).toBe(4);
		for (const [name, length] of damaged) truncateSync(join(assets, name), Math.floor(length));

		const next = await runAstroBuild({ contentDirectory, outDir: outDirs[1] ?? '' });
		expect(next.exitCode, next.output).toBe(0);
		const shipped = builtImages(outDirs[1] ?? '');
		const expected = builtImages(outDirs[0] ?? '');
		expect([...shipped.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const name of damaged.keys()) expect(shipped.has(name), name).toBe(true);
		for (const [name, bytes] of shipped) {
			await expect(sharp(bytes).stats(), name).resolves.toBeDefined();
			expect(bytes.equals(expected.get(name) ?? Buffer.alloc(0)), name).toBe(true);
		}
		// And the cache holds whole entries again, for the build after.
		for (const name of damaged.keys()) {
			expect(readFileSync(join(assets, name)).equals(expected.get(name) ?? Buffer.alloc(0))).toBe(
				true
			);
		}
	});
});
