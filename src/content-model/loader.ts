import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { glob } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { entryPatternOf, type CollectionDescription } from './collections';
import { ContentError, formatContentProblems, type ContentProblem } from './content-errors';
import { describeEntryFileProblem, entryIdOf, listEntryFiles } from './entry-files';
import {
	describeOverflow,
	findInvalidUtf8Line,
	readEntrySource,
	sourceFormatOf,
} from './entry-source';
import { joinLoadRound } from './load-round';
import { contentDirectory } from './location';
import { isPlainMarkdown } from './plain-markdown';
import {
	pruneRenderedFiles,
	readRenderedFile,
	referenceTo,
	renderedFileOf,
	writeRenderedFile,
} from './rendered-files';
import { codeVersion } from '@/build/cache';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/**
 * Documents rendered at once. Rendering is CPU work on one thread; more in flight would only hold
 * more half-rendered documents in memory (10,000 at once took gigabytes).
 */
const RENDER_CONCURRENCY = 8;

/** Meta-store key of the files with bytes that are not UTF-8, warned about in every build. */
const ENCODING_WARNINGS = 'fieldnotes-encoding-warnings';

/**
 * The loader of one collection: Astro's `glob()` over the collection's folder, with its files,
 * ids and schema from COLLECTIONS, and these changes:
 * - Every problem of every file is collected (invalid YAML, a file name that gives no id, two files
 *   with one id, invalid fields, Markdown that does not render), and the build stops with one list
 *   of them all, in every collection (see load-round.ts), without a stack trace.
 * - Markdown, and `.mdx` files that are plain Markdown (see isPlainMarkdown), are rendered here
 *   with the content layer's `renderMarkdown` (glob()'s `deferRender` leaves them to us), so a
 *   rendering error is ours to report, and MDX needing no MDX is not compiled into a module that
 *   Vite bundles on every build (which was most of a 1,000-article build).
 * - Rendered HTML and the raw body are not kept in Astro's data store, which a build loads whole:
 *   the HTML goes to a file of its own (see rendered-files.ts), the body stays in its source file.
 * - Files with bytes that are not UTF-8 get a warning naming the line.
 * A folder that does not exist is an empty collection.
 */
export function contentLoader(name: string, collection: CollectionDescription): Loader {
	const base = `${contentDirectory}/${name}`;
	let files = new Map<string, string>();
	const loader = glob({
		pattern: entryPatternOf(collection),
		base,
		deferRender: true,
		// Astro's rule (a `slug` field would otherwise change the id), refusing what it cannot use:
		// glob() then stops, and load() below lists every problem of the collection.
		generateId: ({ entry }) => {
			const id = entryIdOf(entry);
			const other = files.get(id);
			const isTaken = other !== undefined && other !== entry && existsSync(join(base, other));
			if (id === '' || isTaken) throw new Error(`${entry} cannot have the id "${id}"`);
			files.set(id, entry);
			return id;
		},
	});
	return {
		name: 'fieldnotes-content',
		async load(context: LoaderContext) {
			// A site without case studies (say) has no folder for them: an empty collection, not a
			// warning in every build log.
			if (!existsSync(base)) {
				context.store.clear();
				return;
			}
			files = new Map();
			const round = joinLoadRound(name);
			let problems: ContentProblem[] = [];
			let isLoading = true;
			// Entries that failed validation are never stored, so nothing walks the data of an alias bomb.
			const refused = new Set<string>();
			const store = storeOf(context, name, refused, (problem) => {
				if (isLoading) problems.push(problem);
				else context.logger.error(formatContentProblems([problem]));
			});
			// Every load of the round must finish, even one that crashed, or the others wait for it.
			let crash: Error | undefined;
			try {
				try {
					await loader.load({
						...context,
						store: store.wrapped,
						parseData: async (entry) => {
							const filePath = entry.filePath ?? entry.id;
							const { data, problem } = await validate(context, entry);
							if (!problem) {
								refused.delete(filePath);
								return data;
							}
							// After the load, in `astro dev`, glob() logs what a file change throws.
							if (!isLoading) throw new ContentError(formatContentProblems([problem]));
							problems.push(problem);
							refused.add(filePath);
							return {} as typeof entry.data;
						},
					});
					await store.rendered();
				} catch (error) {
					// glob() stops at the first file it cannot read or name: look at every file instead.
					problems = await findProblems(context, name, collection);
					if (problems.length === 0) throw error;
				}
				store.warnAboutEncoding();
				problems.push(...findFileProblems(base, collection, files));
			} catch (error) {
				crash = error instanceof Error ? error : new Error(String(error));
			}
			isLoading = false;
			const all = await round.finish(name, problems);
			if (crash !== undefined) throw crash;
			if (problems.length > 0) throw new ContentError(formatContentProblems(all));
		},
	};
}

/**
 * Validates an entry's data with the collection schema, giving the data Astro stores or the
 * problem with it.
 */
async function validate<Data extends Record<string, unknown>>(
	context: LoaderContext,
	{ id, data, filePath }: { id: string; data: Data; filePath?: string | undefined }
): Promise<{ data: Data; problem?: undefined } | { data?: undefined; problem: ContentProblem }> {
	const file = displayPath(filePath ?? id);
	const overflow = describeOverflow(data);
	if (overflow) return { problem: { file, message: overflow.message } };
	try {
		return {
			data: await context.parseData({ id, data, ...(filePath !== undefined && { filePath }) }),
		};
	} catch (error) {
		return { problem: { file, message: describeSchemaError(error) } };
	}
}

/** Entries that cannot get a page, by the collection's rules (see describeEntryFileProblem). */
function findFileProblems(
	base: string,
	collection: CollectionDescription,
	files: ReadonlyMap<string, string>
): ContentProblem[] {
	return [...files].flatMap(([id, relativePath]) => {
		const message = describeEntryFileProblem({ id, relativePath }, collection.section);
		return message ? [{ file: displayPath(join(base, relativePath)), message }] : [];
	});
}

/**
 * The loader's view of the data store: entries go in without their body and with their HTML in a
 * file of its own; documents that glob() left unrendered are rendered first.
 */
function storeOf(
	context: LoaderContext,
	collection: string,
	refused: ReadonlySet<string>,
	report: (problem: ContentProblem) => void
) {
	const root = fileURLToPath(context.config.root);
	// `astro dev` (the only loader with a watcher) keeps its data store apart from the build's, and
	// each deletes the rendered files its store does not use: one folder each, or a dev start would
	// delete what the next build reads.
	const store = context.watcher ? 'dev' : 'build';
	const renderedDirectory = fileURLToPath(
		new URL(`fieldnotes/rendered/${store}/${collection}/`, context.config.cacheDir)
	);
	const encodingWarnings = new Map<string, number>(
		Object.entries(
			JSON.parse(context.meta.get(ENCODING_WARNINGS) ?? '{}') as Record<string, number>
		)
	);
	const limit = pLimit(RENDER_CONCURRENCY);
	const renders: Promise<void>[] = [];
	const put = ({ body, ...entry }: StoredEntry) => {
		void body;
		return context.store.set(entry);
	};
	const wrapped: LoaderContext['store'] = {
		...context.store,
		set: (entry) => {
			if (refused.has(join(root, entry.filePath ?? entry.id))) return false;
			if (entry.filePath) checkEncoding(entry, entry.filePath);
			if (!isRenderedHere(entry)) return put(entry);
			const file = join(renderedDirectory, `${renderKeyOf(entry, root)}.json`);
			// Rendered before, from the same bytes with the same code: Astro clears its data store more
			// often than content changes (another config, another dev server port).
			if (existsSync(file)) {
				const kept = readRenderedFile(relative(root, file), root);
				return put(withRendered(entry, kept, file, root));
			}
			// The dev server's file watcher calls this too, after load() has returned.
			renders.push(
				limit(() => render(context, entry)).then(
					(rendered) => {
						writeRenderedFile(rendered, file, root);
						put(withRendered(entry, rendered, file, root));
					},
					(error: unknown) => {
						const shown = displayPath(entry.filePath ?? entry.id);
						const message = error instanceof Error ? error.message : String(error);
						// Plugins name the file themselves; the list already does.
						report({ file: shown, message: message.replace(`${shown}: `, '') });
						// In `astro dev`, Astro renders the file itself when a page asks, showing the error there.
						put(entry);
					}
				)
			);
			return true;
		},
	};
	const checkEncoding = (entry: StoredEntry, filePath: string) => {
		const text = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.data);
		const line = text.includes('\uFFFD')
			? findInvalidUtf8Line(readFileSync(join(root, filePath)))
			: undefined;
		if (line === undefined) encodingWarnings.delete(filePath);
		else encodingWarnings.set(filePath, line);
	};
	return {
		wrapped,
		/** Waits for the documents being rendered, and deletes rendered files no entry uses. */
		async rendered() {
			await Promise.all(renders);
			pruneRenderedFiles(
				renderedDirectory,
				root,
				new Set(context.store.values().flatMap(({ rendered }) => renderedFileOf(rendered) ?? []))
			);
		},
		/** Warns about each entry file that is not valid UTF-8, in every build until it is fixed. */
		warnAboutEncoding() {
			const present = new Set(context.store.values().map(({ filePath }) => filePath));
			for (const [filePath, line] of [...encodingWarnings].sort()) {
				if (!present.has(filePath)) encodingWarnings.delete(filePath);
				else
					context.logger.warn(
						`${displayPath(filePath)}:${line} is not valid UTF-8: its bytes show as "\uFFFD" on the page. Save the file as UTF-8.`
					);
			}
			context.meta.set(ENCODING_WARNINGS, JSON.stringify(Object.fromEntries(encodingWarnings)));
		},
	};
}

/** Whether glob() left an entry for the loader to render: Markdown, or MDX that is plain Markdown. */
function isRenderedHere(entry: StoredEntry): boolean {
	if (entry.deferredRender !== true || typeof entry.body !== 'string') return false;
	return (
		entry.filePath?.endsWith('.md') === true ||
		(entry.filePath?.endsWith('.mdx') === true && isPlainMarkdown(entry.body))
	);
}

/**
 * Renders an entry with the content layer's Markdown renderer (the site's Markdown processor,
 * plugins and Shiki themes), giving its HTML, headings, plugin frontmatter and images, and no
 * module to bundle. It is given the whole file, whose frontmatter it reads as the Markdown entry
 * type does.
 */
async function render(context: LoaderContext, entry: StoredEntry): Promise<RenderedContent> {
	const fileURL = new URL(entry.filePath ?? '', context.config.root);
	return context.renderMarkdown(await readFile(fileURL, 'utf8'), { fileURL });
}

/**
 * The entry to store for rendered content kept in `file`: without deferredRender, render() shows
 * the stored HTML instead of importing a module.
 */
function withRendered(
	entry: StoredEntry,
	rendered: RenderedContent,
	file: string,
	root: string
): StoredEntry {
	return {
		...entry,
		deferredRender: false,
		rendered: referenceTo(file, root),
		assetImports: rendered.metadata?.imagePaths ?? [],
	};
}

/** What a render depends on: the file, its bytes (the digest) and the code (plugins, config). */
function renderKeyOf(entry: StoredEntry, root: string): string {
	return createHash('sha1')
		.update(`${codeVersion(root)}\0${entry.filePath ?? entry.id}\0${String(entry.digest)}`)
		.digest('hex');
}

/**
 * Every problem of every entry file of a collection, for when glob() stopped at the first file it
 * could not read: each file is read as glob() reads it, and what reads is validated.
 */
async function findProblems(
	context: LoaderContext,
	name: string,
	collection: CollectionDescription
): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	const filesById = new Map<string, string[]>();
	for (const file of listEntryFiles(`${contentDirectory}/${name}`, collection)) {
		const shown = displayPath(file.path);
		const source = readEntrySource(
			await readFile(file.path, 'utf8'),
			sourceFormatOf(file.extension)
		);
		for (const { line, message } of source.problems) problems.push({ file: shown, line, message });
		const fileProblem = describeEntryFileProblem(file, collection.section);
		if (fileProblem) problems.push({ file: shown, message: fileProblem });
		filesById.set(file.id, [...(filesById.get(file.id) ?? []), shown]);
		if (source.problems.length > 0 || fileProblem) continue;
		try {
			await context.parseData({ id: file.id, data: source.data, filePath: file.path });
		} catch (error) {
			problems.push({ file: shown, message: describeSchemaError(error) });
		}
	}
	for (const [id, files] of filesById) {
		if (id === '' || files.length < 2) continue;
		for (const file of files) {
			const others = files.filter((other) => other !== file).join(', ');
			problems.push({
				file,
				message: `its id "${id}" is also the id of ${others}: rename one of them`,
			});
		}
	}
	return problems;
}

/** A path as printed: relative to the working folder, with forward slashes. */
function displayPath(path: string): string {
	return (relative(process.cwd(), path) || path).split(sep).join('/');
}

/** Keeps the field lines of Astro's schema error and drops its generic hint and links. */
function describeSchemaError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !/does not match collection schema/.test(line))
		.map((line) =>
			line
				.replaceAll('**', '')
				// Astro prefixes the path, and for missing fields its message repeats it.
				.replace(/^([^:\s]+): \1: /, '$1: ')
				.replace(/: Required$/, ': is required')
				// Unknown-field issues belong to the whole object, so their path is empty.
				.replace(/^: /, '')
		)
		.join('\n  ');
}
