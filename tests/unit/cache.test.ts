import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	cachedResult,
	codeVersion,
	FileCache,
	listCodeFiles,
	outputKeyOf,
	ResultCache,
	writeFileAtomically,
	writeFileAtomicallyAsync,
} from '@/build/cache';

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'fieldnotes-cache-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A project folder with the given files (path → text), each project in its own folder. */
let projects = 0;
async function project(files: Record<string, string>): Promise<string> {
	const root = join(folder, `project-${(projects += 1)}`);
	for (const [path, text] of Object.entries(files)) {
		await mkdir(join(root, path, '..'), { recursive: true });
		await writeFile(join(root, path), text);
	}
	return root;
}

const SITE = {
	'astro.config.ts': 'export default {};',
	'package.json': '{"name":"site"}',
	'src/pages/index.astro': '<h1>Home</h1>',
	'src/lib/paths.ts': 'export const a = 1;',
	'node_modules/astro/package.json': '{"version":"7.3.5"}',
	'content/blog/a.md': '# A',
	'README.md': '# Site',
};

describe('listCodeFiles', () => {
	it("lists every file under src/ and the root's scripts and JSON, sorted", async () => {
		const root = await project({
			...SITE,
			'tailwind.config.mjs': '',
			'eslint.config.cjs': '',
			'tsconfig.json': '{}',
			'astro.config.ts.timestamp-1712-ab12.mjs': '',
			'src/styles/global.css': '',
			'public/favicon.svg': '',
			'notes.txt': '',
		});
		expect(listCodeFiles(root).map((file) => file.slice(root.length + 1))).toEqual([
			'astro.config.ts',
			'eslint.config.cjs',
			'package.json',
			'src/lib/paths.ts',
			'src/pages/index.astro',
			'src/styles/global.css',
			'tailwind.config.mjs',
			'tsconfig.json',
		]);
	});
});

describe('codeVersion', () => {
	it('is the same for two copies of the same code, whatever the content', async () => {
		const version = codeVersion(await project(SITE));
		expect(version).toMatch(/^[0-9a-f]{64}$/);
		expect(
			codeVersion(await project({ ...SITE, 'content/blog/a.md': '# Changed', 'README.md': '' }))
		).toBe(version);
		expect(codeVersion(await project({ ...SITE, 'astro.config.ts.timestamp-9-cd.mjs': 'x' }))).toBe(
			version
		);
	});

	it('changes with any source file, root config, file name or Astro version', async () => {
		const versions = [
			codeVersion(await project(SITE)),
			codeVersion(await project({ ...SITE, 'src/lib/paths.ts': 'export const a = 2;' })),
			codeVersion(await project({ ...SITE, 'src/lib/new.ts': '' })),
			codeVersion(await project({ ...SITE, 'astro.config.ts': 'export default { base: "/x" };' })),
			codeVersion(await project({ ...SITE, 'package-lock.json': '{}' })),
			codeVersion(
				await project({ ...SITE, 'node_modules/astro/package.json': '{"version":"7.4.0"}' })
			),
			codeVersion(await project({ ...SITE, 'node_modules/astro/package.json': '{}' })),
			codeVersion(await project({ ...SITE, 'node_modules/astro/package.json': 'not JSON' })),
		];
		// The same bytes under another name, and two files whose bytes would join to the same text.
		const { 'src/lib/paths.ts': paths, ...rest } = SITE;
		versions.push(codeVersion(await project({ ...rest, 'src/lib/path.ts': paths })));
		versions.push(
			codeVersion(
				await project({ ...rest, 'src/lib/paths.ts': 'export const a', 'src/lib/z.ts': ' = 1;' })
			)
		);
		// The same bytes moved out of their folder, whose path without slashes reads the same.
		versions.push(codeVersion(await project({ ...rest, 'src/libpaths.ts': paths })));
		// A name and bytes that would join to another name and bytes: a.ts + "x" and a.tsx + "".
		versions.push(codeVersion(await project({ ...rest, 'src/a.ts': 'x' })));
		versions.push(codeVersion(await project({ ...rest, 'src/a.tsx': '' })));
		// One file's bytes and the next file's name against one file holding both.
		versions.push(codeVersion(await project({ ...rest, 'src/a.ts': 'x', 'src/b.ts': 'y' })));
		versions.push(codeVersion(await project({ ...rest, 'src/a.ts': 'xsrc/b.ts\0y' })));
		expect(new Set(versions).size).toBe(versions.length);
	});

	it('is computed once per project: later edits in the same build do not change it', async () => {
		const root = await project(SITE);
		const version = codeVersion(root);
		await writeFile(join(root, 'src/lib/paths.ts'), 'export const a = 3;');
		expect(codeVersion(root)).toBe(version);
	});
});

describe('outputKeyOf', () => {
	it('changes with the bytes and with what else shapes the result', () => {
		const bytes = new TextEncoder().encode('<h1>Home</h1>');
		const keys = [
			outputKeyOf(bytes),
			outputKeyOf(bytes, 'brotli 11'),
			outputKeyOf(bytes, 'gzip 9'),
			outputKeyOf(new TextEncoder().encode('<h1>Home!</h1>')),
		];
		expect(new Set(keys).size).toBe(4);
		// What shapes the result and the bytes are hashed apart: "gzip " + "9<h1>" is not "gzip 9" + "<h1>".
		expect(outputKeyOf(new TextEncoder().encode('9<h1>'), 'gzip ')).not.toBe(
			outputKeyOf(new TextEncoder().encode('<h1>'), 'gzip 9')
		);
		expect(outputKeyOf(bytes, 'gzip 9')).toBe(keys[2]);
		expect(keys[0]).toMatch(/^[0-9a-f]{40}$/);
	});
});

describe('writeFileAtomically', () => {
	it('writes the file, making its folders, and leaves nothing beside it', async () => {
		const file = join(folder, 'a/b/c.json');
		writeFileAtomically(file, '{"ok":true}');
		await writeFileAtomicallyAsync(join(folder, 'a/b/d.json'), new Uint8Array([1, 2]));
		expect(await readFile(file, 'utf8')).toBe('{"ok":true}');
		expect([...(await readFile(join(folder, 'a/b/d.json')))]).toEqual([1, 2]);
		expect((await readdir(join(folder, 'a/b'))).sort()).toEqual(['c.json', 'd.json']);
	});

	it('replaces an existing file whole', async () => {
		const file = join(folder, 'result.json');
		writeFileAtomically(file, 'a much longer first version');
		writeFileAtomically(file, 'short');
		expect(await readFile(file, 'utf8')).toBe('short');
	});

	it('leaves no partial file behind when the file cannot be put in place', async () => {
		// A folder stands where the file should go, so the rename fails.
		await mkdir(join(folder, 'taken/inside'), { recursive: true });
		expect(() => writeFileAtomically(join(folder, 'taken'), 'x')).toThrow();
		await expect(writeFileAtomicallyAsync(join(folder, 'taken'), 'x')).rejects.toThrow();
		expect(await readdir(folder)).toEqual(['taken']);
	});
});

describe('cachedResult', () => {
	it('computes a result once and returns it while the inputs stay the same', async () => {
		const file = join(folder, 'fieldnotes/related.json');
		let computed = 0;
		const compute = () => Promise.resolve({ run: (computed += 1) });
		expect(await cachedResult(file, { slugs: ['a', 'b'] }, compute)).toEqual({ run: 1 });
		expect(await cachedResult(file, { slugs: ['a', 'b'] }, compute)).toEqual({ run: 1 });
		expect(await cachedResult(file, { slugs: ['a', 'c'] }, compute)).toEqual({ run: 2 });
		expect(await cachedResult(file, { slugs: ['a', 'c'] }, compute)).toEqual({ run: 2 });
		expect(computed).toBe(2);
	});

	it('computes afresh when the cache file is damaged', async () => {
		const file = join(folder, 'related.json');
		await writeFile(file, '{"key": "trunc');
		expect(await cachedResult(file, 1, () => 'fresh')).toBe('fresh');
		expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ result: 'fresh' });
	});
});

describe('ResultCache', () => {
	const file = () => join(folder, 'cache/summaries.json');

	it('starts empty without a file, and gives back saved results in the next build', async () => {
		const first = await ResultCache.open<string[]>(file());
		expect(first.get('page-a', () => ['computed'])).toEqual(['computed']);
		expect(first.get('page-a', () => ['again'])).toEqual(['computed']);
		// A result computed in this build is shared, not counted as an earlier build's.
		expect(first.reused).toBe(0);
		await first.save();

		const second = await ResultCache.open<string[]>(file());
		expect(second.get('page-a', () => ['again'])).toEqual(['computed']);
		expect(second.reused).toBe(1);
	});

	it('keeps only the results the last build used', async () => {
		const first = await ResultCache.open<number>(file());
		first.get('kept', () => 1);
		first.get('gone', () => 2);
		await first.save();
		const second = await ResultCache.open<number>(file());
		second.get('kept', () => 0);
		second.get('new', () => 3);
		await second.save();
		expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ kept: 1, new: 3 });
	});

	it('writes results larger than one write at a time whole', async () => {
		const cache = await ResultCache.open<string>(file());
		const big = 'x'.repeat(700_000);
		for (const key of ['a', 'b', 'c']) cache.get(key, () => `${key}${big}`);
		await cache.save();
		const saved = JSON.parse(await readFile(file(), 'utf8')) as Record<string, string>;
		expect(Object.keys(saved)).toEqual(['a', 'b', 'c']);
		expect(saved['c']).toBe(`c${big}`);
		expect(await readdir(join(folder, 'cache'))).toEqual(['summaries.json']);
	});

	it('leaves no partial file and keeps the last saved file when a result cannot be written', async () => {
		const first = await ResultCache.open<unknown>(file());
		first.get('page-a', () => 'saved');
		await first.save();
		const second = await ResultCache.open<unknown>(file());
		second.get('page-a', () => 'unused');
		second.get('page-b', () => 10n);
		await expect(second.save()).rejects.toThrow(TypeError);
		expect(await readdir(join(folder, 'cache'))).toEqual(['summaries.json']);
		expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ 'page-a': 'saved' });
	});

	it('starts empty from a damaged file', async () => {
		await mkdir(join(folder, 'cache'));
		await writeFile(file(), '{"a": [1, 2');
		const cache = await ResultCache.open<number>(file());
		expect(cache.get('a', () => 5)).toBe(5);
		expect(cache.reused).toBe(0);
	});
});

describe('FileCache', () => {
	it("tells files this build stored from an earlier build's", async () => {
		const directory = join(folder, 'compressed');
		const first = new FileCache(directory);
		await first.write('k1', '.gz', new Uint8Array([1]));
		expect(first.wroteThisBuild('k1')).toBe(true);
		expect(first.wroteThisBuild('k2')).toBe(false);
		const next = new FileCache(directory);
		expect(await next.copyTo('k1', '.gz', join(folder, 'a.html.gz'))).toBe(true);
		expect(next.wroteThisBuild('k1')).toBe(false);
	});

	it('places stored files, and prunes the ones no build used', async () => {
		const directory = join(folder, 'compressed');
		const cache = new FileCache(directory);
		await cache.write('k1', '.br', new Uint8Array([1]));
		await cache.write('k2', '.br', new Uint8Array([2]));
		await cache.prune();
		expect((await readdir(directory)).sort()).toEqual(['k1.br', 'k2.br']);

		const next = new FileCache(directory);
		const destination = join(folder, 'index.html.br');
		expect(await next.copyTo('k1', '.br', destination)).toBe(true);
		expect([...(await readFile(destination))]).toEqual([1]);
		expect(await next.copyTo('k3', '.br', join(folder, 'missing.br'))).toBe(false);
		await writeFile(join(directory, 'k4.br.123-abc.partial'), 'left by a stopped build');
		await next.prune();
		expect(await readdir(directory)).toEqual(['k1.br']);
	});

	it('prunes nothing when no file was ever stored', async () => {
		await new FileCache(join(folder, 'never-made')).prune();
		expect(existsSync(join(folder, 'never-made'))).toBe(false);
	});
});
