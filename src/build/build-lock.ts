import type { AstroIntegration } from 'astro';
import {
	linkSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlainError } from '@/lib/plain-error';

/**
 * Stops a build at once, with a plain message, when it could only fail later or spoil another:
 * when the output folder or Astro's cache folder cannot be written, or when another build of the
 * same site (the same cache folder) is running. Two builds at once deleted each other's
 * `.prerender/` modules and content store; a read-only output folder made Vite stop on its first
 * copy, or rolldown panic. The lock is a file in the cache folder holding the build's process id,
 * deleted when the process exits; a lock whose process is gone (a killed build) is taken over.
 */
export function buildLock(): AstroIntegration {
	return {
		name: 'fieldnotes:build-lock',
		hooks: {
			// The first hook of a build, before the content sync writes anything.
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const cacheDir = fileURLToPath(config.cacheDir);
				assertWritableFolder(fileURLToPath(config.outDir), 'output folder');
				assertWritableFolder(cacheDir, 'cache folder');
				const release = acquireBuildLock(join(cacheDir, 'build.lock'));
				process.once('exit', release);
			},
		},
	};
}

/**
 * Takes the lock file for this process, or throws naming the build that holds it. The file appears
 * with the process id already in it (written aside, then hard-linked into place), so no other
 * build ever reads an empty lock and takes it for a stale one.
 * @returns a function that deletes the lock if it is still this process's
 */
export function acquireBuildLock(
	lockFile: string,
	{ pid = process.pid, isRunning = isProcessRunning } = {}
): () => void {
	const pending = `${lockFile}.${pid}.pending`;
	writeFileSync(pending, `${pid}\n`);
	try {
		// A few rounds: each either takes the lock, fails on a live owner, or clears a stale one.
		for (let round = 0; round < 3; round++) {
			try {
				linkSync(pending, lockFile);
				return () => {
					if (readOwner(lockFile) === pid) rmSync(lockFile, { force: true });
				};
			} catch (error) {
				if (!hasCode(error, 'EEXIST')) throw error;
			}
			const owner = readOwner(lockFile);
			if (owner !== undefined && owner !== pid && isRunning(owner)) {
				throw new PlainError(
					`Another build of this site is running (process ${owner}): wait for it to finish, then build again. If no build is running, delete ${displayPath(lockFile)}.`
				);
			}
			removeStaleLock(lockFile, owner, pid);
		}
		throw new PlainError(
			`Could not take the build lock ${displayPath(lockFile)}: other builds keep starting. Build again.`
		);
	} finally {
		rmSync(pending, { force: true });
	}
}

/**
 * Deletes a lock whose owner is gone. It is first renamed aside, which only one process can do;
 * if what was renamed is not the stale lock (a build took the lock in between), it is put back.
 */
function removeStaleLock(lockFile: string, staleOwner: number | undefined, pid: number): void {
	const aside = `${lockFile}.${pid}.stale`;
	try {
		renameSync(lockFile, aside);
	} catch (error) {
		if (hasCode(error, 'ENOENT')) return;
		throw error;
	}
	if (readOwner(aside) !== staleOwner) {
		try {
			linkSync(aside, lockFile);
		} catch {
			// Another build holds the lock by now: the next round finds it.
		}
	}
	rmSync(aside, { force: true });
}

/**
 * Throws a message naming the folder and the fix when a build cannot create files in it: it is
 * read-only, it belongs to another user, or it is a file.
 */
export function assertWritableFolder(folder: string, role: string): void {
	const probe = join(folder, `.fieldnotes-write-check-${process.pid}`);
	try {
		mkdirSync(folder, { recursive: true });
		writeFileSync(probe, '');
		rmSync(probe);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		const name = displayPath(folder);
		throw new PlainError(
			isExistingFile(folder)
				? `The ${role} ${name} is a file, not a folder: move or delete it, then build again.`
				: `The ${role} ${name} cannot be written (${reason}). Make it writable (for example \`chmod -R u+w ${name}\`, or remount it read-write), then build again.${role === 'output folder' ? ' Or build into another folder with `astro build --outDir <folder>`.' : ''}`
		);
	}
}

function isExistingFile(path: string): boolean {
	try {
		// Without the trailing slash Astro's folder paths end with, which a file does not match.
		return statSync(path.replace(/\/+$/, '')).isFile();
	} catch {
		return false;
	}
}

/** The process id in a lock file, or undefined when there is none or it cannot be read. */
function readOwner(lockFile: string): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
		return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a process with this id exists (signal 0 only checks). */
function isProcessRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, under another user.
		return hasCode(error, 'EPERM');
	}
}

function hasCode(error: unknown, code: string): boolean {
	return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function displayPath(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
