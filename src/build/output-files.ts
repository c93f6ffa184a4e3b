import { copyFile, link, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under a build's output folder, as sorted POSIX paths relative to it. */
export async function listOutputFiles(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Puts a file kept in the build cache into the output, as a hard link where the file system
 * allows. A warm build places tens of thousands of cached files (compressed copies, social cards,
 * the search index); a link is one metadata write where a copy reads and writes the whole file,
 * 4 to 20 times faster here, and the output keeps the cached file's modification time, so a sync
 * by size and time uploads nothing for it. Sharing the file is safe: nothing writes into an output
 * file after it is placed, and Astro empties the output folder by unlinking, which leaves the
 * cached file as it was. Where links are not possible (another file system), the file is copied.
 * @throws when `source` does not exist
 */
export async function placeCachedFile(source: string, destination: string): Promise<void> {
	try {
		await link(source, destination);
		return;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw error;
		if (code !== 'EEXIST') {
			await copyFile(source, destination);
			return;
		}
	}
	// An output folder that was not emptied: the old file may itself be linked to the cache, so it
	// is replaced rather than written into.
	await rm(destination, { force: true });
	await placeCachedFile(source, destination);
}
