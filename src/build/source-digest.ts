import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Shared by the content cache guard, the build caches of integrations and of the data layer: each
// keys what it keeps by the source of the code that computed it.

/** A hash of the contents of every file under the given paths, in a stable order. */
export function digestFiles(paths: readonly string[]): string {
	const hash = createHash('sha256');
	for (const file of paths.flatMap(listFiles).sort()) {
		hash.update(file).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

function listFiles(path: string): string[] {
	if (!existsSync(path)) return [];
	try {
		return readdirSync(path, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name));
	} catch {
		return [path];
	}
}
