import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePathOf } from '@/lib/paths';
import { outputKeyOf } from './cache';
import { listOutputFiles } from './output-files';

/** What every after-build step knows about the build it runs after. */
export interface AfterBuildContext {
	/** The output folder. */
	outDir: string;
	/** Astro's cache folder, where steps keep what they reuse between builds. */
	cacheDir: string;
	/** The path the site is served under: `/` or `/notes/`. */
	base: string;
	/** The site's public URL with its base path: `https://example.com/notes/`. */
	siteUrl: string;
}

/** One file of the output, read once and handed to every step that reads it. */
export interface OutputFile {
	/** POSIX path relative to the output folder, e.g. `blog/x/index.html`. */
	readonly path: string;
	readonly bytes: Buffer;
	/** The key results derived from this file are cached under: its bytes and the code version. */
	readonly key: string;
}

/**
 * One feature's work on the finished output. The pass calls, in this order: every step's
 * `prepare`; then, for each output file that some step `reads`, each `rewrite` and each `visit`
 * of the steps that read it (files are read once, a few at a time); then every step's `finish`,
 * in step order.
 */
export interface AfterBuildStep {
	/** The label of the step's log lines, e.g. `fieldnotes:link-checker`. */
	name: string;
	/** Before the output is listed; may add files to it (the social cards). */
	prepare?(context: AfterBuildContext, logger: AstroIntegrationLogger): void | Promise<void>;
	/** Gets the list of output files (POSIX paths relative to the output folder) before any is read. */
	start?(files: readonly string[], context: AfterBuildContext): Promise<void>;
	/** Whether the step reads a file (a path relative to the output folder). */
	reads?(path: string): boolean;
	/**
	 * Changes a file before any step sees it, returning its new content or `undefined` to leave it
	 * (feeds get their enclosure lengths here).
	 */
	rewrite?(file: OutputFile, context: AfterBuildContext): Promise<Uint8Array | undefined>;
	/** Sees each file it reads, once, after every rewrite. */
	visit?(file: OutputFile, context: AfterBuildContext): void | Promise<void>;
	/**
	 * After every file was visited. Gets every output file the steps know of, those written by
	 * earlier steps' `finish` included, and returns the files it wrote.
	 */
	finish?(
		context: AfterBuildContext,
		files: readonly string[],
		logger: AstroIntegrationLogger
	): void | readonly string[] | Promise<void | readonly string[]>;
}

/**
 * Files read at once. Reading is I/O and compressing runs on libuv's threads, so a few files in
 * flight keep the main thread busy parsing; more would only hold more pages in memory.
 */
const FILES_IN_FLIGHT = 16;

/**
 * The work done on the built site once Astro has written it, as one pass: each output file is
 * read and hashed once, and handed to every step that needs it (enclosure lengths, the security
 * headers, the search index, the link checker, the compressed copies), instead of each of them
 * walking and reading the output again.
 */
export function afterBuild(steps: readonly AfterBuildStep[]): AstroIntegration {
	let context: AfterBuildContext | undefined;
	return {
		name: 'fieldnotes:after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				const siteUrl = new URL(config.base, config.site ?? 'https://example.invalid/').href;
				context = {
					outDir: fileURLToPath(config.outDir),
					cacheDir: fileURLToPath(config.cacheDir),
					base: basePathOf(siteUrl),
					siteUrl,
				};
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!context) return;
				const started = performance.now();
				const pass = { ...context, outDir: fileURLToPath(dir) };
				const loggers = new Map(steps.map((step) => [step, logger.fork(step.name)]));
				for (const step of steps) await step.prepare?.(pass, loggers.get(step) ?? logger);
				const files = await listOutputFiles(pass.outDir);
				for (const step of steps) await step.start?.(files, pass);
				const read = files.filter((path) => steps.some((step) => step.reads?.(path)));
				let bytesRead = 0;
				let next = 0;
				const work = async () => {
					while (next < read.length) {
						const path = read[next++]!;
						const readers = steps.filter((step) => step.reads?.(path));
						let file = outputFile(path, await readFile(join(pass.outDir, path)));
						bytesRead += file.bytes.length;
						for (const step of readers) {
							const rewritten = await step.rewrite?.(file, pass);
							if (rewritten === undefined) continue;
							await writeFile(join(pass.outDir, path), rewritten);
							file = outputFile(path, Buffer.from(rewritten));
						}
						await Promise.all(readers.map(async (step) => step.visit?.(file, pass)));
					}
				};
				await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, work));
				const known = [...files];
				for (const step of steps) {
					const written = await step.finish?.(pass, known, loggers.get(step) ?? logger);
					known.push(...(written ?? []));
				}
				logger.info(
					`after-build pass: ${read.length} of ${files.length} files read once (${(bytesRead / 1024 / 1024).toFixed(1)} MiB) in ${Math.round(performance.now() - started)} ms`
				);
			},
		},
	};
}

/** An output file whose cache key is computed when a step first asks for it. */
function outputFile(path: string, bytes: Buffer): OutputFile {
	let key: string | undefined;
	return {
		path,
		bytes,
		get key() {
			key ??= outputKeyOf(bytes);
			return key;
		},
	};
}
