import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { isPlainMarkdown } from './plain-markdown';
import { pruneRenderedFiles, renderedFileOf, writeRenderedFile } from './rendered-files';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** How Astro's glob() begins the message for an entry that failed to render. */
const RENDER_ERROR = 'Error rendering ';

/**
 * Plain-Markdown `.mdx` files rendered at once. Rendering is CPU work on one thread; more in flight
 * would only hold more half-rendered documents in memory (10,000 at once took gigabytes).
 */
const RENDER_CONCURRENCY = 8;

/**
 * Astro's `glob()` loader, with these changes:
 * - Invalid frontmatter does not stop at the first bad file: every entry is validated, then one
 *   error lists each file with its fields, so an author fixes them all in one pass. The entries
 *   that failed never reach a page because the build stops here.
 * - An entry whose Markdown fails to render (an unknown callout kind, say) stops it too, with the
 *   renderer's message.
 * - An `.mdx` file that is plain Markdown (see isPlainMarkdown) is rendered here by Astro's
 *   Markdown pipeline, as a `.md` file is, and its HTML is kept in the content cache. Astro would
 *   otherwise compile every `.mdx` file into a module that Vite bundles on every build, which was
 *   most of a 1,000-article build. Files with JSX, expressions or imports stay MDX.
 * - Rendered HTML and the raw body are not kept in Astro's data store, which a build loads whole:
 *   the HTML goes to a file of its own (see rendered-files.ts) and the body stays in its source file.
 * A folder that does not exist is an empty collection.
 */
export function globReportingAllErrors(options: GlobOptions): Loader {
	const loader = glob(options);
	return {
		...loader,
		name: 'fieldnotes-glob',
		async load(context: LoaderContext) {
			// A site without case studies (say) has no folder for them: an empty collection, not a
			// warning in every build log.
			const base =
				options.base instanceof URL
					? options.base
					: new URL(String(options.base ?? '.'), context.config.root);
			if (!existsSync(base)) {
				context.store.clear();
				return;
			}
			const failures: { file: string; message: string }[] = [];
			const renderFailures: string[] = [];
			let isLoading = true;
			const reportRenderFailure = (failure: string) => {
				if (isLoading) renderFailures.push(withoutRepeatedFile(failure));
				else context.logger.error(`${RENDER_ERROR}${failure}`);
			};
			// Astro's glob() logs an entry that fails to render and stores it without HTML, so the
			// build would only fail later, when a page misses what the renderer should have made.
			// While loading, those messages are collected and thrown; after it (a file changed in
			// `astro dev`) they are logged as glob() logs them.
			const logger = Object.create(context.logger) as LoaderContext['logger'];
			logger.error = (message: string) => {
				if (message.startsWith(RENDER_ERROR))
					reportRenderFailure(message.slice(RENDER_ERROR.length));
				else context.logger.error(message);
			};
			const root = fileURLToPath(context.config.root);
			const renderedDirectory = fileURLToPath(
				new URL(`fieldnotes/rendered/${context.collection}/`, context.config.cacheDir)
			);
			// The body stays in its file (whoever needs it reads it there), the HTML goes to a file of its own.
			const storeEntry = ({ body, ...entry }: StoredEntry) => {
				void body;
				return context.store.set(
					entry.rendered
						? { ...entry, rendered: writeRenderedFile(entry.rendered, renderedDirectory, root) }
						: entry
				);
			};
			const renderAsMarkdown = markdownRendererOf(context);
			const limit = pLimit(RENDER_CONCURRENCY);
			const renders: Promise<void>[] = [];
			const store: LoaderContext['store'] = {
				...context.store,
				set: (entry) => {
					if (!isPlainMdx(entry)) return storeEntry(entry);
					// The dev server's file watcher calls this too, after load() has returned.
					const render = limit(() => renderAsMarkdown(entry)).then(
						(rendered) => void storeEntry(rendered),
						(error: unknown) =>
							reportRenderFailure(
								`${entry.filePath ?? entry.id}: ${error instanceof Error ? error.message : String(error)}`
							)
					);
					renders.push(render);
					return true;
				},
			};
			await loader.load({
				...context,
				logger,
				store,
				parseData: async (entry) => {
					try {
						return await context.parseData(entry);
					} catch (error) {
						failures.push({ file: entry.filePath ?? entry.id, message: describe(error) });
						return entry.data;
					}
				},
			});
			await Promise.all(renders);
			isLoading = false;
			pruneRenderedFiles(
				renderedDirectory,
				root,
				new Set(context.store.values().flatMap(({ rendered }) => renderedFileOf(rendered) ?? []))
			);
			if (failures.length > 0) {
				failures.sort((a, b) => (a.file < b.file ? -1 : 1));
				const report = failures.map(
					({ file, message }) => `${relative(process.cwd(), file) || file}\n${message}`
				);
				throw new Error(
					`${failures.length} content file${failures.length === 1 ? ' has' : 's have'} invalid frontmatter in the "${context.collection}" collection:\n\n${report.join('\n\n')}\n\nFix the fields named above; each line says what the field must be.`
				);
			}
			if (renderFailures.length > 0) {
				throw new Error(
					`${renderFailures.length} content file${renderFailures.length === 1 ? '' : 's'} in the "${context.collection}" collection could not be rendered:\n\n${renderFailures.sort().join('\n\n')}`
				);
			}
		},
	};
}

/** Whether an entry the glob loader stores is an `.mdx` file that needs no MDX. */
function isPlainMdx(entry: StoredEntry): boolean {
	return (
		entry.deferredRender === true &&
		entry.filePath?.endsWith('.mdx') === true &&
		typeof entry.body === 'string' &&
		// renderMarkdown reads a leading `---` block as frontmatter; such a body stays MDX.
		!entry.body.startsWith('---') &&
		isPlainMarkdown(entry.body)
	);
}

/**
 * Renders an entry with the content layer's Markdown renderer (the site's Markdown processor,
 * plugins and Shiki themes, as for `.md` files), giving the entry to store: with its HTML,
 * headings, plugin frontmatter and images, and no module to bundle.
 */
function markdownRendererOf(context: LoaderContext): (entry: StoredEntry) => Promise<StoredEntry> {
	return async (entry) => {
		const rendered = await context.renderMarkdown(entry.body ?? '', {
			fileURL: new URL(entry.filePath ?? '', context.config.root),
		});
		// Without deferredRender, render() shows the stored HTML instead of importing a module.
		return {
			...entry,
			deferredRender: false,
			rendered,
			assetImports: rendered.metadata?.imagePaths ?? [],
		};
	};
}

/**
 * glob() writes "<entry>: <error>"; when the error names the file itself (ours do, from the
 * project root), the entry in front only repeats it.
 */
function withoutRepeatedFile(failure: string): string {
	const separator = failure.indexOf(': ');
	const entry = failure.slice(0, separator);
	const error = failure.slice(separator + 2);
	return separator > 0 && error.includes(entry) ? error : failure;
}

/** Keeps the field lines of Astro's schema error and drops its generic hint and links. */
function describe(error: unknown): string {
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
		.map((line) => `  ${line}`)
		.join('\n');
}
