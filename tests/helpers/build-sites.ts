import { mkdir, rm, writeFile } from 'node:fs/promises';
import { runAstroBuild, TEST_BUILD_ROOT } from './astro-build';
import { SITES } from './sites';

/** Vitest global setup: builds each test site once, keeping its log for the build tests. */
export default async function buildSites(): Promise<void> {
	await rm(TEST_BUILD_ROOT, { recursive: true, force: true });
	await mkdir(TEST_BUILD_ROOT, { recursive: true });
	// One after the other: two Astro builds at once would only fight over two cores.
	for (const [name, site] of Object.entries(SITES)) {
		const result = await runAstroBuild(site);
		await writeFile(site.log, result.output);
		if (result.exitCode !== 0) {
			throw new Error(
				`Building the ${name} site failed (exit ${result.exitCode}):\n${result.output}`
			);
		}
	}
}
