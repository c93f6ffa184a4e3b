import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Entries of the output folder Astro keeps when it empties it (static-build.js). */
const KEPT_ENTRIES = new Set(['.git']);

/**
 * Removes the last build's output in the background instead of on the main thread. Astro empties
 * the output folder with `rmSync` before it renders; at 10,000 articles that is some 60,000 files
 * and 5.5 s in which the build does nothing else. Before Astro gets there, this renames the
 * folder's entries into Astro's cache folder (a rename is instant on the same file system), so
 * Astro finds the folder empty, and deletes them there on a worker thread while the build goes
 * on. The build waits for it at the end, so no copy is left behind.
 *
 * An entry that cannot be moved (another file system) stays where it is, for Astro to remove as
 * before. Failing to delete the moved files only leaves them in the cache folder, where the next
 * build deletes them, so it is a warning, not a failed build.
 */
export function previousOutputRemoval(): AstroIntegration {
	let isBuild = false;
	let removal: ReturnType<typeof removeInBackground> | undefined;
	return {
		name: 'fieldnotes:previous-output',
		hooks: {
			'astro:config:setup': ({ command }) => {
				isBuild = command === 'build';
			},
			// Before content sync, so the deleting overlaps with all of the build.
			'astro:config:done': ({ config }) => {
				if (!isBuild || config.vite.build?.emptyOutDir === false) return;
				const trash = fileURLToPath(new URL('previous-output/', config.cacheDir));
				removal = removeInBackground(moveAside(fileURLToPath(config.outDir), trash));
			},
			'astro:build:done': async ({ logger }) => {
				if (!removal) return;
				// Held open again, so the build waits for the deleting to end.
				removal.worker?.ref();
				const problems = await removal.done;
				if (problems.length > 0) {
					logger.warn(
						`The last build's output could not all be deleted; the next build tries again:\n${problems.join('\n')}`
					);
				}
			},
		},
	};
}

/**
 * Moves every entry of the output folder into a folder of its own under `trash`, and gives the
 * folders under `trash` to delete: this build's and any left by a build that stopped.
 */
function moveAside(outDir: string, trash: string): string[] {
	// Astro's cache folder inside the output folder would be moved into itself.
	const movable = (existsSync(outDir) ? readdirSync(outDir) : []).filter(
		(entry) => !KEPT_ENTRIES.has(entry) && relative(join(outDir, entry), trash).startsWith('..')
	);
	if (movable.length > 0) {
		const batch = join(trash, `${process.pid}-${Date.now()}`);
		mkdirSync(batch, { recursive: true });
		for (const entry of movable) {
			try {
				renameSync(join(outDir, entry), join(batch, entry));
			} catch {
				// Left in place: Astro empties the folder as it always does.
			}
		}
	}
	return existsSync(trash) ? readdirSync(trash).map((folder) => join(trash, folder)) : [];
}

/**
 * The deleting, on a worker thread of its own: `rm` from `fs/promises` would queue tens of
 * thousands of unlinks on libuv's four threads, which the content sync needs for reading files, and
 * took longer than it saved. A worker calls Node's native `rmSync` instead.
 */
const REMOVER_SOURCE = `
const { rmSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const problems = [];
for (const folder of workerData) {
	try {
		rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
	} catch (error) {
		problems.push(folder + ': ' + String(error));
	}
}
parentPort.postMessage(problems);
`;

/** Deletes folders in the background, resolving (never rejecting) with a line for each that failed. */
function removeInBackground(folders: readonly string[]): {
	done: Promise<string[]>;
	worker?: Worker;
} {
	if (folders.length === 0) return { done: Promise.resolve([]) };
	const worker = new Worker(REMOVER_SOURCE, { eval: true, workerData: folders });
	// A build that fails does not wait for the deleting; the next build finishes it.
	worker.unref();
	const done = new Promise<string[]>((resolve) => {
		worker.once('message', (problems: string[]) => resolve(problems));
		worker.once('error', (error) => resolve([`${folders.join(', ')}: ${String(error)}`]));
		worker.once('exit', () => resolve([]));
	});
	return { done, worker };
}
