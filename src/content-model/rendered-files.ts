import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

// Astro keeps every entry's rendered HTML in its content data store, and a build bundles the whole
// store into one JavaScript module: at 10,000 articles that module held some 300 MB of HTML, which
// Vite then parsed and Node loaded at once, and the build needed gigabytes. So the loader keeps the
// HTML of each entry in a file of its own in Astro's cache folder and stores only a reference to
// it; src/catalogue/rendered-entries.ts reads the file back when a page renders the entry.

type RenderedContent = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>;

/** What the data store holds instead of an entry's rendered content. */
export interface RenderedFileReference {
	html: '';
	metadata: {
		/** The file with the rendered content, relative to the project root. */
		fieldnotesRenderedFile: string;
	};
}

/**
 * Writes an entry's rendered content to `file` and returns the reference to store in its place.
 * The loader names the file after what the content is rendered from (see renderKeyOf in
 * loader.ts), so a render is found again after Astro clears its data store.
 */
export function writeRenderedFile(
	rendered: RenderedContent,
	file: string,
	root: string
): RenderedFileReference {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(rendered));
	return referenceTo(file, root);
}

/** The reference the data store holds for rendered content in `file`. */
export function referenceTo(file: string, root: string): RenderedFileReference {
	return { html: '', metadata: { fieldnotesRenderedFile: relative(root, file) } };
}

/** The file an entry's rendered content was moved to, when it was. */
export function renderedFileOf(
	rendered: { metadata?: Record<string, unknown> } | undefined
): string | undefined {
	const file = rendered?.metadata?.['fieldnotesRenderedFile'];
	return typeof file === 'string' ? file : undefined;
}

/** Reads back rendered content that writeRenderedFile moved out of the data store. */
export function readRenderedFile(file: string, root: string): RenderedContent {
	try {
		return JSON.parse(readFileSync(join(root, file), 'utf8')) as RenderedContent;
	} catch (error) {
		throw new Error(
			`The rendered content cached in ${file} is missing or unreadable. Run the build again with --force to render every entry anew.`,
			{ cause: error }
		);
	}
}

/** Removes the files in `directory` that no entry refers to any more. */
export function pruneRenderedFiles(
	directory: string,
	root: string,
	inUse: ReadonlySet<string>
): void {
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch {
		return;
	}
	for (const name of names) {
		if (!inUse.has(relative(root, join(directory, name))))
			rmSync(join(directory, name), { force: true });
	}
}
