import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFiles } from './source-digest';
import { placeCachedFile } from './output-files';

/**
 * The key of a result derived from one output file: a hash of the file's bytes and of what derives
 * the result (`version`). The same page built again gives the same key, so the work done on it
 * last time can be reused.
 */
export function outputKeyOf(bytes: Uint8Array, version: string): string {
	return createHash('sha1').update(version).update('\0').update(bytes).digest('hex');
}

/**
 * The version of a derived result: the source of the modules that compute it and anything else
 * that shapes it (library versions, settings), so a change to any of them starts from scratch
 * rather than reusing results computed the old way.
 * @param sources files relative to the project root, e.g. `src/features/link-check/link-check.ts`
 */
export function derivationVersion(
	root: string,
	sources: readonly string[],
	...extra: string[]
): string {
	return [digestFiles(sources.map((source) => join(root, source))), ...extra].join(':');
}

/** The installed version of a package, for a derivation version; its exports may hide package.json. */
export function packageVersion(root: string, name: string): string {
	const manifest: unknown = JSON.parse(
		readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')
	);
	return typeof manifest === 'object' && manifest !== null && 'version' in manifest
		? String(manifest.version)
		: 'unknown';
}

/** Characters of a result cache written at once. */
const WRITE_CHUNK_CHARACTERS = 1 << 20;

/**
 * Results of one kind, by output key, kept in one JSON file in Astro's cache folder between
 * builds. Only the results used by a build are written back, so pages that are gone do not pile up.
 */
export class OutputResultCache<Result> {
	readonly #file: string;
	readonly #previous: Map<string, Result>;
	readonly #next = new Map<string, Result>();
	reused = 0;

	private constructor(file: string, previous: Map<string, Result>) {
		this.#file = file;
		this.#previous = previous;
	}

	/** Opens the cache file, or starts empty when it is missing or unreadable. */
	static async open<Result>(file: string): Promise<OutputResultCache<Result>> {
		let previous = new Map<string, Result>();
		try {
			previous = new Map(
				Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Result>)
			);
		} catch {
			// No cache yet, or one from an interrupted build: every result is computed afresh.
		}
		return new OutputResultCache(file, previous);
	}

	/** The result stored under a key, computing and storing it when there is none. */
	get(key: string, compute: () => Result): Result {
		const known = this.#next.get(key) ?? this.#previous.get(key);
		// Each previous result moves to the next build's set, so the two never both hold it.
		this.#previous.delete(key);
		if (known !== undefined) {
			this.reused += 1;
			this.#next.set(key, known);
			return known;
		}
		const result = compute();
		this.#next.set(key, result);
		return result;
	}

	/**
	 * Writes the results this build used, one at a time: a single JSON string of 10,000 pages'
	 * results would cost as much memory again as the results themselves.
	 */
	async save(): Promise<void> {
		this.#previous.clear();
		await mkdir(join(this.#file, '..'), { recursive: true });
		const file = await open(this.#file, 'w');
		try {
			// Written about a megabyte at a time: one write per result is 10,000 round trips.
			let chunk = '{';
			let separator = '';
			for (const [key, result] of this.#next) {
				chunk += `${separator}${JSON.stringify(key)}:${JSON.stringify(result)}`;
				separator = ',';
				if (chunk.length >= WRITE_CHUNK_CHARACTERS) {
					await file.write(chunk);
					chunk = '';
				}
			}
			await file.write(`${chunk}}`);
		} finally {
			await file.close();
		}
	}
}

/**
 * Files derived from output files (compressed copies), one per key and suffix, kept in a folder of
 * Astro's cache between builds; files no build used are removed by `prune`.
 */
export class OutputFileCache {
	readonly #directory: string;
	readonly #used = new Set<string>();

	constructor(directory: string) {
		this.#directory = directory;
	}

	/** Places the stored file for a key at `destination` (see placeCachedFile); false when there is none. */
	async copyTo(key: string, suffix: string, destination: string): Promise<boolean> {
		try {
			await placeCachedFile(join(this.#directory, `${key}${suffix}`), destination);
			this.#used.add(`${key}${suffix}`);
			return true;
		} catch {
			return false;
		}
	}

	async write(key: string, suffix: string, data: Uint8Array): Promise<void> {
		await mkdir(this.#directory, { recursive: true });
		await writeFile(join(this.#directory, `${key}${suffix}`), data);
		this.#used.add(`${key}${suffix}`);
	}

	/** Removes every stored file this build neither read nor wrote. */
	async prune(): Promise<void> {
		let names: string[];
		try {
			names = await readdir(this.#directory);
		} catch {
			return;
		}
		await Promise.all(
			names
				.filter((name) => !this.#used.has(name))
				.map((name) => rm(join(this.#directory, name), { force: true }))
		);
	}
}
