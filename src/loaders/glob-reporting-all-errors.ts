import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { isPlainMarkdown } from '../lib/plain-markdown';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's `glob()` loader, with two changes:
 * - Invalid frontmatter does not stop at the first bad file: every entry is validated, then one
 *   error lists each file with its fields, so an author fixes them all in one pass. The entries
 *   that failed never reach a page because the build stops here.
 * - An `.mdx` file that is plain Markdown (see isPlainMarkdown) is rendered here by Astro's
 *   Markdown pipeline, as a `.md` file is, and its HTML is kept in the content cache. Astro would
 *   otherwise compile every `.mdx` file into a module that Vite bundles on every build, which was
 *   most of a 1,000-article build. Files with JSX, expressions or imports stay MDX.
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
			const renderAsMarkdown = markdownRendererOf(context);
			const renders: Promise<void>[] = [];
			const store: LoaderContext['store'] = {
				...context.store,
				set: (entry) => {
					if (!isPlainMdx(entry)) return context.store.set(entry);
					// The dev server's file watcher calls this too, after load() has returned.
					const render = renderAsMarkdown(entry).then(
						(rendered) => void context.store.set(rendered),
						(error: unknown) =>
							void failures.push({
								file: entry.filePath ?? entry.id,
								message: `  could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
							})
					);
					renders.push(render);
					return true;
				},
			};
			await loader.load({
				...context,
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
			if (failures.length === 0) return;
			failures.sort((a, b) => (a.file < b.file ? -1 : 1));
			const report = failures.map(
				({ file, message }) => `${relative(process.cwd(), file) || file}\n${message}`
			);
			throw new Error(
				`${failures.length} content file${failures.length === 1 ? ' has' : 's have'} invalid frontmatter in the "${context.collection}" collection:\n\n${report.join('\n\n')}\n\nFix the fields named above; each line says what the field must be.`
			);
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
