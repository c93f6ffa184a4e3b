// Builds that cannot work stop at once and say why: a second build of the same site while the
// first runs (the two deleted each other's files), and an output folder that cannot be written
// (Vite stopped on its first copy, or rolldown panicked).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDirectoryFor } from '@/content-model/location';
import { PROJECT_ROOT, runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { withCheckout } from '../helpers/checkout-lock';

const content = `${TEST_BUILD_ROOT}build-lock-content`;
const contentDirectory = `./${content.slice(PROJECT_ROOT.length)}`;
const cacheDirectory = join(PROJECT_ROOT, astroCacheDirectoryFor(contentDirectory));
const lockFile = join(cacheDirectory, 'build.lock');
const outDir = `${content}-out/`;

/** A site of one article, enough for a build to run. */
function writeSite(): void {
	rmSync(content, { recursive: true, force: true });
	mkdirSync(`${content}/blog`, { recursive: true });
	execFileSync('cp', ['-r', 'tests/fixtures/site/authors', `${content}/authors`]);
	writeFileSync(
		`${content}/blog/only.md`,
		'---\ntitle: "Only"\ndescription: "One article."\npubDate: 2025-01-01\n---\n\nBody.\n'
	);
}

/** The id of a process that has exited. */
async function deadProcessId(): Promise<number> {
	const child = spawn(process.execPath, ['-e', '']);
	await new Promise((resolve) => child.once('exit', resolve));
	return child.pid ?? 0;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
	for (let attempt = 0; attempt < 600; attempt++) {
		if (condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/**
 * Makes a folder read-only for this process. chmod does not stop root, so as root the folder is
 * made immutable (chattr +i), which stops root as well.
 * @returns a function that makes it writable again
 */
function makeReadOnly(folder: string): () => void {
	if (process.getuid?.() !== 0) {
		chmodSync(folder, 0o555);
		return () => chmodSync(folder, 0o755);
	}
	execFileSync('chattr', ['+i', folder]);
	return () => execFileSync('chattr', ['-i', folder]);
}

afterAll(() => {
	for (const folder of [content, outDir]) rmSync(folder, { recursive: true, force: true });
});

describe('two builds of one site at once', () => {
	// Both builds hold this test's lock of the checkout, which would otherwise queue the second.
	it('fails the second at once, naming the first, and the first completes', () =>
		withCheckout(async () => {
			writeSite();
			rmSync(cacheDirectory, { recursive: true, force: true });
			const first = runAstroBuild({ contentDirectory, outDir });
			await waitFor(() => existsSync(lockFile), 'the first build to take the lock');
			const owner = readFileSync(lockFile, 'utf8').trim();
			const second = await runAstroBuild({ contentDirectory, outDir });
			expect(second.exitCode).not.toBe(0);
			expect(second.output).toContain(
				`Another build of this site is running (process ${owner}): wait for it to finish, then build again.`
			);
			expect(second.output).not.toContain('Syncing content');
			const { exitCode, output } = await first;
			expect(exitCode, output).toBe(0);
			expect(existsSync(lockFile), 'the lock is released').toBe(false);
		}));

	it('takes over the lock a killed build left', async () => {
		writeSite();
		mkdirSync(cacheDirectory, { recursive: true });
		writeFileSync(lockFile, `${await deadProcessId()}\n`);
		const { exitCode, output } = await runAstroBuild({ contentDirectory, outDir });
		expect(exitCode, output).toBe(0);
		expect(existsSync(lockFile)).toBe(false);
	});
});

describe('a build whose output folder cannot be written', () => {
	it('names the folder and how to fix it, before doing anything', async () => {
		writeSite();
		rmSync(outDir, { recursive: true, force: true });
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(outDir, 'index.html'), 'the last build');
		const restore = makeReadOnly(outDir);
		try {
			const { exitCode, output } = await runAstroBuild({ contentDirectory, outDir });
			expect(exitCode).not.toBe(0);
			expect(output).toMatch(
				/The output folder \S*build-lock-content-out cannot be written \(.+\)\. Make it writable/
			);
			expect(output).not.toContain('Syncing content');
			expect(output).not.toMatch(/please report/i);
		} finally {
			restore();
		}
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last build');
	});

	it('says so when a file stands where the folder should be', async () => {
		writeSite();
		rmSync(outDir, { recursive: true, force: true });
		writeFileSync(outDir.replace(/\/$/, ''), '');
		const { exitCode, output } = await runAstroBuild({ contentDirectory, outDir });
		rmSync(outDir.replace(/\/$/, ''), { force: true });
		expect(exitCode).not.toBe(0);
		expect(output).toMatch(
			/The output folder \S*build-lock-content-out is a file, not a folder: move or delete it, then build again\./
		);
	});
});
