// Two builds of the same content must be byte-identical, so a deploy uploads only what changed and
// CDN caches survive rebuilds. Nothing in the output takes a date from the clock: the sitemap's
// lastmod comes from each article's frontmatter, the feed's lastBuildDate from the newest article,
// and pages show only content dates. The .gz/.br copies count too: node's gzip header has no mtime.
// Both builds run with --force: otherwise the second would copy the first's pages from Astro's
// incremental-build cache, and the test would compare a build with itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';

const OUT_DIRS = [`${TEST_BUILD_ROOT}reproducible-a/`, `${TEST_BUILD_ROOT}reproducible-b/`];

/** The sha256 of every file in a built site, by POSIX path relative to the output folder. */
function hashOutput(outDir: string): Map<string, string> {
	const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	return new Map(
		files.map((file) => [
			relative(outDir, file).split(sep).join('/'),
			createHash('sha256').update(readFileSync(file)).digest('hex'),
		])
	);
}

afterAll(() => {
	for (const outDir of OUT_DIRS) rmSync(outDir, { recursive: true, force: true });
});

describe('the build', () => {
	it('is byte-identical when the same content is built twice', { timeout: 240_000 }, async () => {
		const hashes: Map<string, string>[] = [];
		// One after the other: the second build must not share a moment (or a core) with the first.
		for (const outDir of OUT_DIRS) {
			const { exitCode, output } = await runAstroBuild({
				contentDirectory: './tests/fixtures/site',
				outDir,
				force: true,
			});
			expect(exitCode, output).toBe(0);
			// The global setup built this content already: every social card comes from the cache.
			expect(output).toMatch(/social cards: 0 rendered, [1-9]\d* reused/);
			hashes.push(hashOutput(outDir));
		}
		const [first, second] = hashes as [Map<string, string>, Map<string, string>];
		expect([...second.keys()], 'files in the second build').toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash);
		expect(
			differing.map(([file]) => file),
			'files whose bytes differ between the builds'
		).toEqual([]);
		expect(first.size).toBeGreaterThan(20);
		expect([...first.keys()].some((file) => file.endsWith('.html.br'))).toBe(true);
	});
});
