// Every cache of the build (Astro's content store and incremental pages, the social cards, the
// search index, the link checker's results, the compressed copies, related articles) must give
// the same site a build without caches gives. For each kind of edit an author or a forker makes,
// this builds one project copy warm, after the edit, and another from nothing, and compares the
// two outputs byte for byte. The last case edits a module no cache names, and checks that every
// cache keyed by the code misses.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/astro-build';
import { ProjectCopy } from '../helpers/project-copy';

const FIXTURE = 'tests/fixtures/site';

/** Replaces text in a file of a copy, failing loudly when the text is not there any more. */
function edit(copy: ProjectCopy, file: string, from: string, to: string): void {
	const path = join(copy.root, file.replace('<content>', copy.contentDirectory));
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
	writeFileSync(path, text.replace(from, to));
}

/** Every file of an output folder, by POSIX path. */
function listFiles(directory: string): string[] {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * The files that differ between two outputs, or exist in only one of them; a differing text file
 * shows where it first differs.
 */
function differences(warm: string, clean: string): string[] {
	const warmFiles = listFiles(warm);
	const cleanFiles = new Set(listFiles(clean));
	const differing = warmFiles.flatMap((file) => {
		if (!cleanFiles.has(file)) return [`${file} (only in the warm build)`];
		const [a, b] = [readFileSync(join(warm, file)), readFileSync(join(clean, file))];
		if (a.equals(b)) return [];
		if (/\.(gz|br|png|webp|avif|jpg|pf_\w+)$/.test(file)) return [file];
		let at = 0;
		while (at < a.length && a[at] === b[at]) at++;
		const context = (bytes: Buffer) => bytes.subarray(Math.max(0, at - 60), at + 60).toString();
		return [`${file}: warm …${context(a)}… clean …${context(b)}…`];
	});
	const missing = [...cleanFiles].filter((file) => !warmFiles.includes(file));
	return [...differing, ...missing.map((file) => `${file} (only in the clean build)`)];
}

interface Case {
	change: string;
	apply: (copy: ProjectCopy) => void | Promise<void>;
	/** Checks that the change shows in the clean build's output. */
	shows?: (outDir: string) => void;
}

const CASES: Case[] = [
	{
		change: 'a retitled article',
		apply: (copy) =>
			edit(
				copy,
				'<content>/blog/series-part-3.md',
				'Series part 3: notes on queues',
				'Series part 3 — queues revisited'
			),
	},
	{
		change: 'a renamed tag',
		apply: (copy) =>
			edit(copy, '<content>/blog/series-part-1.md', 'tags: ["queues"]', 'tags: ["message-queues"]'),
	},
	{
		change: 'a deleted article',
		apply: (copy) => rmSync(join(copy.root, copy.contentDirectory, 'blog/cjk-notes.md')),
	},
	{
		// Every part's series box shows the series title.
		change: 'a retitled series',
		apply: (copy) =>
			edit(
				copy,
				'<content>/series/queues.yaml',
				"title: 'Queues & <back-pressure>'",
				"title: 'Queues, retitled & <back-pressure>'"
			),
	},
	{
		// A sixth part: every part's box says "of 6" and lists it.
		change: 'a published series part',
		apply: (copy) =>
			edit(copy, '<content>/blog/draft-post/index.md', 'draft: true', 'draft: false'),
	},
	{
		change: "an author's name",
		apply: (copy) =>
			edit(
				copy,
				'<content>/authors/layla-haddad.yaml',
				'name: Layla Haddad',
				'name: Layla N. Haddad'
			),
	},
	{
		change: "a cover's bytes",
		apply: async (copy) => {
			const cover = join(copy.root, copy.contentDirectory, 'blog/with-cover/cover.png');
			const { width, height } = await sharp(cover).metadata();
			await sharp({
				create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } },
			})
				.png()
				.toFile(`${cover}.new`);
			writeFileSync(cover, readFileSync(`${cover}.new`));
			rmSync(`${cover}.new`);
		},
	},
	{
		// Any edit under src/ changes the code version every cache key holds (it hashes every file
		// there: tests/unit/cache.test.ts; the last case below shows every cache missing). So the
		// forker's five kinds of code edit share one round, and one pair of builds, instead of five.
		change: 'a component, a layout, the site config, a CSS token and a Tailwind class',
		apply: (copy) => {
			edit(
				copy,
				'src/components/site/Footer.astro',
				'{author.name} · {siteConfig.title}',
				'{author.name} · {siteConfig.title} · written in the field'
			);
			edit(
				copy,
				'src/layouts/BaseLayout.astro',
				'<body class="flex min-h-screen flex-col">',
				'<body class="flex min-h-screen flex-col" data-layout="edited">'
			);
			edit(copy, 'src/site.config.ts', "title: 'Fieldnotes',", "title: 'Field Notes',");
			edit(copy, 'src/theme.ts', "accent: { light: '#0f5e52',", "accent: { light: '#0e5d51',");
			edit(
				copy,
				'src/components/site/Header.astro',
				'class="flex items-center gap-2.5 text-lg font-bold tracking-tight"',
				'class="flex items-center gap-2.5 text-lg font-extrabold tracking-tight"'
			);
		},
		// Each edit reached the output, so the comparison is not of two unchanged sites.
		shows: (outDir) => {
			const home = readFileSync(join(outDir, 'index.html'), 'utf8');
			expect(home).toContain('written in the field');
			expect(home).toContain('data-layout="edited"');
			expect(home).toMatch(/<title>[^<]*Field Notes/);
			const css = listFiles(outDir)
				.filter((file) => file.endsWith('.css'))
				.map((file) => readFileSync(join(outDir, file), 'utf8'))
				.join('');
			expect(css).toContain('--color-accent:#0e5d51');
			expect(css).toContain('.font-extrabold');
		},
	},
];

describe('a warm build after an edit equals a clean build of the same files', () => {
	let warm: ProjectCopy;
	let clean: ProjectCopy;
	const logs: string[] = [];

	/** Builds the warm copy with its caches and the clean copy without any, at the same time. */
	async function buildBoth(): Promise<[BuildResult, BuildResult]> {
		clean.clearCache();
		const results = await Promise.all([warm.build(), clean.build()]);
		for (const { exitCode, output } of results) expect(exitCode, output).toBe(0);
		logs.push(results[0].output);
		return results;
	}

	beforeAll(async () => {
		warm = new ProjectCopy('warm', FIXTURE);
		clean = new ProjectCopy('clean', FIXTURE);
		const first = await warm.build();
		expect(first.exitCode, first.output).toBe(0);
	}, 300_000);

	afterAll(() => {
		warm.remove();
		clean.remove();
	});

	it.each(CASES)(
		'after $change',
		async ({ apply, shows }) => {
			await apply(warm);
			await apply(clean);
			await buildBoth();
			shows?.(clean.outDir);
			expect(differences(warm.outDir, clean.outDir)).toEqual([]);
		},
		300_000
	);

	it('after an edit to an arbitrary module under src/, every cache keyed by the code misses', async () => {
		const unchanged = await warm.build();
		expect(unchanged.exitCode, unchanged.output).toBe(0);
		// Nothing changed: every cache is used.
		expect(unchanged.output).toMatch(/social cards: 0 rendered/);
		expect(unchanged.output).toMatch(/search index: .* copied from the last build/);
		expect(unchanged.output).toMatch(/pages unchanged since the last build were not parsed again/);
		expect(unchanged.output).toMatch(/files compressed in \d+ ms, \d+ of them reused/);
		const relatedArticles = join(warm.cacheDirectory, 'related-articles.json');
		const relatedKey = (JSON.parse(readFileSync(relatedArticles, 'utf8')) as { key: string }).key;

		// A module that no cache used to list, edited the way a forker would: a comment.
		const module = 'src/lib/breadcrumbs.ts';
		const marker = `// edited ${randomBytes(4).toString('hex')}\n`;
		for (const copy of [warm, clean]) {
			writeFileSync(
				join(copy.root, module),
				readFileSync(join(copy.root, module), 'utf8') + marker
			);
		}
		const [edited] = await buildBoth();
		expect(edited.output).toMatch(/clearing the content cache/);
		expect(edited.output).toMatch(/social cards: [1-9]\d* rendered, 0 reused/);
		expect(edited.output).toMatch(/search index: \d+ pages/);
		expect(edited.output).not.toMatch(/copied from the last build/);
		expect(edited.output).not.toMatch(/not parsed again/);
		expect(edited.output).not.toMatch(/of them reused/);
		expect(existsSync(relatedArticles)).toBe(true);
		expect((JSON.parse(readFileSync(relatedArticles, 'utf8')) as { key: string }).key).not.toBe(
			relatedKey
		);
		expect(differences(warm.outDir, clean.outDir)).toEqual([]);
	}, 300_000);
});
