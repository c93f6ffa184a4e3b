// On a loaded machine, 2 of 26 builds gave one article's code other colours: Shiki gave up on a
// line once 500 ms had passed by the clock, and a process the machine does not run for half a
// second loses that time all the same (src/features/code-blocks/transformers.ts). This builds the
// example while its process is stopped for 0.6 s at a time, as a loaded machine stops it, through
// the phases that highlight code, and compares every file with the global setup's build.
// tests/unit/code-blocks.test.ts reproduces the cause itself, with a clock that jumps.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { SITES } from '../helpers/sites';

const OUT_DIR = `${TEST_BUILD_ROOT}paused-example/`;
// From the content sync (Markdown and plain-Markdown MDX) to the end of Vite's bundling (MDX).
const HIGHLIGHTING_STARTS = '[content] Syncing content';
const HIGHLIGHTING_ENDS = 'generating static routes';

/** The sha256 of every file in a built site, by POSIX path relative to the output folder. */
function hashOutput(outDir: string): Map<string, string> {
	return new Map(
		readdirSync(outDir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((file) => [
				relative(outDir, file).split(sep).join('/'),
				createHash('sha256').update(readFileSync(file)).digest('hex'),
			])
	);
}

afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

describe('a build the machine keeps pausing', () => {
	it('is byte-identical to one that ran undisturbed', { timeout: 300_000 }, async () => {
		let pauses = 0;
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: SITES.example.contentDirectory,
			outDir: OUT_DIR,
			force: true,
			onStart(child) {
				let log = '';
				child.stdout.on('data', (chunk: Buffer) => {
					const wasHighlighting = log.includes(HIGHLIGHTING_STARTS);
					log += chunk.toString();
					if (wasHighlighting || !log.includes(HIGHLIGHTING_STARTS)) return;
					void (async () => {
						while (!log.includes(HIGHLIGHTING_ENDS) && child.exitCode === null) {
							await sleep(150);
							if (!child.kill('SIGSTOP')) return;
							pauses += 1;
							await sleep(600);
							child.kill('SIGCONT');
						}
					})();
				});
			},
		});
		expect(exitCode, output).toBe(0);
		expect(pauses).toBeGreaterThan(5);
		const undisturbed = hashOutput(SITES.example.outDir);
		const paused = hashOutput(OUT_DIR);
		expect([...paused.keys()]).toEqual([...undisturbed.keys()]);
		const differing = [...undisturbed].filter(([file, hash]) => paused.get(file) !== hash);
		expect(differing.map(([file]) => file)).toEqual([]);
	});
});
