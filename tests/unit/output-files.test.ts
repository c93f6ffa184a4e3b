import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutputFiles, placeCachedFile } from '@/build/output-files';

// Links fail as they do across file systems when a test sets this, so the fallback is exercised
// whatever file systems the machine has.
const linkFailure = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const original = await importOriginal<typeof import('node:fs/promises')>();
	return {
		...original,
		link: async (...args: Parameters<typeof original.link>) => {
			if (linkFailure.code)
				throw Object.assign(new Error('link failed'), { code: linkFailure.code });
			return original.link(...args);
		},
	};
});

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'fieldnotes-output-files-'));
	linkFailure.code = undefined;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('placeCachedFile', () => {
	it('links the cached file into the output: the same bytes, no second copy', async () => {
		const cached = join(folder, 'cached.gz');
		const placed = join(folder, 'page.html.gz');
		await writeFile(cached, 'compressed bytes');
		await placeCachedFile(cached, placed);
		expect(await readFile(placed, 'utf8')).toBe('compressed bytes');
		expect((await stat(placed)).ino).toBe((await stat(cached)).ino);
	});

	it('copies the file where it cannot be linked (another file system)', async () => {
		linkFailure.code = 'EXDEV';
		const cached = join(folder, 'cached.png');
		const placed = join(folder, 'card.png');
		await writeFile(cached, 'png bytes');
		await placeCachedFile(cached, placed);
		expect(await readFile(placed, 'utf8')).toBe('png bytes');
		expect((await stat(placed)).ino).not.toBe((await stat(cached)).ino);
	});

	it('replaces a file left in the output without writing into the cached file it was linked to', async () => {
		const oldCached = join(folder, 'old.gz');
		const newCached = join(folder, 'new.gz');
		const placed = join(folder, 'page.html.gz');
		await writeFile(oldCached, 'last build');
		await writeFile(newCached, 'this build');
		await placeCachedFile(oldCached, placed);
		await placeCachedFile(newCached, placed);
		expect(await readFile(placed, 'utf8')).toBe('this build');
		expect(await readFile(oldCached, 'utf8')).toBe('last build');
	});

	it('fails when the cached file is missing, so the caller can make it anew', async () => {
		await expect(placeCachedFile(join(folder, 'gone.gz'), join(folder, 'x.gz'))).rejects.toThrow(
			expect.objectContaining({ code: 'ENOENT' })
		);
	});
});

describe('listOutputFiles', () => {
	it('lists every file under the folder as sorted POSIX paths, without folders', async () => {
		await mkdir(join(folder, 'blog', 'a'), { recursive: true });
		await writeFile(join(folder, 'index.html'), '');
		await writeFile(join(folder, 'blog', 'a', 'index.html'), '');
		expect(await listOutputFiles(folder)).toEqual(['blog/a/index.html', 'index.html']);
	});
});
