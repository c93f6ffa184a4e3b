import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { cacheKeyOf } from '@/lib/cache-key';
import { placeCachedFile } from './output-files';

// Every cache of the build lives in Astro's cache folder and is keyed by what it was computed
// from plus the code version below. The code version is computed from the files themselves, so
// editing any module, config or dependency invalidates every cached result without anyone keeping
// a list of which file feeds which cache. See docs/caching.md.

const codeVersions = new Map<string, string>();

/**
 * A hash of everything besides content that can change the build's output: every file under
 * `src/`, the code files at the project root (astro.config.ts, tailwind.config.ts, package.json,
 * package-lock.json …), and the Node and Astro versions. Computed once per process and root.
 * @param root the project root (builds run from it)
 */
export function codeVersion(root: string = process.cwd()): string {
	let version = codeVersions.get(root);
	if (!version) {
		const hash = createHash('sha256');
		for (const file of listCodeFiles(root)) {
			hash.update(relative(root, file).split(sep).join('/')).update('\0');
			hash.update(readFileSync(file)).update('\0');
		}
		hash.update(`node ${process.version}\0astro ${installedVersion(root, 'astro')}`);
		version = hash.digest('hex');
		codeVersions.set(root, version);
	}
	return version;
}

/**
 * Scripts and JSON at the project root: the Astro, Tailwind and TypeScript configs, package.json
 * and the lockfile. Vite's temporary `*.timestamp-*.mjs` copies of a config are left out.
 */
const ROOT_CODE_FILE = /^(?!.*\.timestamp-)[^/]+\.(?:[cm]?[jt]s|json)$/;

/** The files {@link codeVersion} hashes, sorted: everything under `src/` and the root's code files. */
export function listCodeFiles(root: string): string[] {
	const rootFiles = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isFile() && ROOT_CODE_FILE.test(entry.name))
		.map((entry) => join(root, entry.name));
	const sourceFiles = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	return [...rootFiles, ...sourceFiles].sort();
}

function installedVersion(root: string, name: string): string {
	try {
		const manifest = JSON.parse(
			readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')
		) as { version?: string };
		return manifest.version ?? 'unknown';
	} catch {
		return 'missing';
	}
}

/**
 * The key of a result derived from one output file: a hash of the code version, of anything else
 * that shapes the result (`extra`, e.g. a compression level) and of the file's bytes.
 */
export function outputKeyOf(bytes: Uint8Array, extra = ''): string {
	// The code version is always 64 hex digits, so only `extra` needs a separator.
	return createHash('sha1')
		.update(codeVersion())
		.update(extra)
		.update('\0')
		.update(bytes)
		.digest('hex');
}

/**
 * Writes a file under a temporary name and renames it into place, so a build that is stopped or
 * runs out of disk space never leaves a truncated file where a later build would read it.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const partial = temporaryNameFor(file);
	try {
		writeFileSync(partial, data);
		renameSync(partial, file);
	} catch (error) {
		rmSync(partial, { force: true });
		throw error;
	}
}

/** {@link writeFileAtomically}, without blocking the thread. */
export async function writeFileAtomicallyAsync(
	file: string,
	data: string | Uint8Array
): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	const partial = temporaryNameFor(file);
	try {
		await writeFile(partial, data);
		await rename(partial, file);
	} catch (error) {
		await rm(partial, { force: true });
		throw error;
	}
}

/** A name beside `file` that no other writer, in this process or another, uses at the same time. */
function temporaryNameFor(file: string): string {
	return `${file}.${process.pid}-${randomBytes(6).toString('hex')}.partial`;
}

/**
 * A result computed from the whole collection (related articles, say), kept in Astro's cache folder
 * between builds under a key of its inputs and the code version: an unchanged site gets it back
 * without the work.
 * @param file the cache file, e.g. `<cacheDir>/fieldnotes/related-articles.json`
 * @param inputs everything the result depends on besides the code
 */
export async function cachedResult<Result>(
	file: string,
	inputs: unknown,
	compute: () => Result | Promise<Result>
): Promise<Result> {
	const key = cacheKeyOf(inputs, codeVersion());
	try {
		const stored = JSON.parse(await readFile(file, 'utf8')) as { key: string; result: Result };
		if (stored.key === key) return stored.result;
	} catch {
		// No result kept yet, or an unreadable one: compute it afresh.
	}
	const result = await compute();
	await writeFileAtomicallyAsync(file, JSON.stringify({ key, result }));
	return result;
}

/** Characters of a result cache written at once. */
const WRITE_CHUNK_CHARACTERS = 1 << 20;

/**
 * Results of one kind, by output key, kept in one JSON file between builds. Only the results a
 * build used are written back, so pages that are gone do not pile up.
 */
export class ResultCache<Result> {
	readonly #file: string;
	readonly #previous: Map<string, Result>;
	readonly #next = new Map<string, Result>();
	reused = 0;

	private constructor(file: string, previous: Map<string, Result>) {
		this.#file = file;
		this.#previous = previous;
	}

	/** Opens the cache file, or starts empty when it is missing or unreadable. */
	static async open<Result>(file: string): Promise<ResultCache<Result>> {
		let previous = new Map<string, Result>();
		try {
			previous = new Map(
				Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Result>)
			);
		} catch {
			// No cache yet, or an unreadable one: every result is computed afresh.
		}
		return new ResultCache(file, previous);
	}

	/** The result stored under a key, computing and storing it when there is none. */
	get(key: string, compute: () => Result): Result {
		const known = this.#next.get(key);
		if (known !== undefined) return known;
		const previous = this.#previous.get(key);
		// Each previous result moves to the next build's set, so the two never both hold it.
		// Stryker disable next-line CallExpression: frees memory only: #next is looked up first
		this.#previous.delete(key);
		if (previous !== undefined) {
			// Only results of an earlier build count as reused; pages alike within one build do not.
			this.reused += 1;
			this.#next.set(key, previous);
			return previous;
		}
		const result = compute();
		this.#next.set(key, result);
		return result;
	}

	/**
	 * Writes the results this build used, a megabyte at a time (one JSON string of 10,000 pages'
	 * results would cost as much memory again), to a temporary file renamed into place.
	 */
	async save(): Promise<void> {
		this.#previous.clear();
		await mkdir(dirname(this.#file), { recursive: true });
		const partial = temporaryNameFor(this.#file);
		const file = await open(partial, 'w');
		try {
			let chunk = '{';
			let separator = '';
			for (const [key, result] of this.#next) {
				chunk += `${separator}${JSON.stringify(key)}:${JSON.stringify(result)}`;
				separator = ',';
				// Stryker disable next-line all: the chunk size changes how many writes there are, not the bytes written
				if (chunk.length >= WRITE_CHUNK_CHARACTERS) {
					await file.write(chunk);
					chunk = '';
				}
			}
			await file.write(`${chunk}}`);
		} catch (error) {
			await file.close();
			// Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was opened, so it exists
			await rm(partial, { force: true });
			throw error;
		}
		await file.close();
		await rename(partial, this.#file);
	}
}

/**
 * Files derived from output files (compressed copies), one per key and suffix, kept in a folder
 * between builds; files no build used are removed by `prune`.
 */
export class FileCache {
	readonly #directory: string;
	readonly #used = new Set<string>();
	readonly #written = new Set<string>();

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

	/** Stores a file under a key. */
	async write(key: string, suffix: string, data: Uint8Array): Promise<void> {
		await writeFileAtomicallyAsync(join(this.#directory, `${key}${suffix}`), data);
		this.#used.add(`${key}${suffix}`);
		this.#written.add(key);
	}

	/** Whether this build stored a file under the key (so a copy of it is not an earlier build's). */
	wroteThisBuild(key: string): boolean {
		return this.#written.has(key);
	}

	/** Removes every stored file this build neither read nor wrote, and leftovers of stopped builds. */
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
