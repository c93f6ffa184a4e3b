import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

type GlobOptions = Parameters<typeof glob>[0];

/** How Astro's glob() begins the message for an entry that failed to render. */
const RENDER_ERROR = 'Error rendering ';

/**
 * Astro's `glob()` loader, except that invalid frontmatter does not stop at the first bad file:
 * every entry is validated, then one error lists each file with its fields, so an author fixes
 * them all in one pass. The entries that failed never reach a page because the build stops here.
 * An entry whose Markdown fails to render (an unknown callout kind, say) stops it too, with the
 * renderer's message. A folder that does not exist is an empty collection.
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
			// Astro's glob() logs an entry that fails to render and stores it without HTML, so the
			// build would only fail later, when a page misses what the renderer should have made.
			// While loading, those messages are collected and thrown; after it (a file changed in
			// `astro dev`) they are logged as glob() logs them.
			const logger = Object.create(context.logger) as LoaderContext['logger'];
			logger.error = (message: string) => {
				if (isLoading && message.startsWith(RENDER_ERROR)) {
					renderFailures.push(withoutRepeatedFile(message.slice(RENDER_ERROR.length)));
				} else {
					context.logger.error(message);
				}
			};
			await loader.load({
				...context,
				logger,
				parseData: async (entry) => {
					try {
						return await context.parseData(entry);
					} catch (error) {
						failures.push({ file: entry.filePath ?? entry.id, message: describe(error) });
						return entry.data;
					}
				},
			});
			isLoading = false;
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
