import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under a build's output folder, as sorted POSIX paths relative to it. */
export async function listOutputFiles(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
