import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parseHtml } from './parse-html';

/** Read access to one built site in `dist/` form. */
export class BuiltSite {
	constructor(readonly outDir: string) {}

	/** Every file in the output, as POSIX paths relative to the output folder. */
	files(): string[] {
		return readdirSync(this.outDir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) =>
				relative(this.outDir, join(entry.parentPath, entry.name)).split(sep).join('/')
			)
			.sort();
	}

	/** The URL path of every HTML page: `blog/x/index.html` is `/blog/x/`, `404.html` `/404.html`. */
	pagePaths(): string[] {
		return this.files()
			.filter((file) => file.endsWith('.html'))
			.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
	}

	/** Whether the page at `urlPath` is a redirect page (a meta refresh to an alias's target). */
	isRedirectPage(urlPath: string): boolean {
		return this.page(urlPath).querySelector('meta[http-equiv="refresh"]') !== null;
	}

	/** The text of a file, by path relative to the output folder. */
	read(path: string): string {
		return readFileSync(join(this.outDir, path), 'utf8');
	}

	/** The bytes of a file, by path relative to the output folder. */
	bytes(path: string): Buffer {
		return readFileSync(join(this.outDir, path));
	}

	/** The size in bytes of a file, by path relative to the output folder. */
	size(path: string): number {
		return statSync(join(this.outDir, path)).size;
	}

	/** Parses the page served at `urlPath` (e.g. `/blog/`) the way a browser would read it. */
	page(urlPath: string): HTMLElement {
		return parseHtml(this.read(this.fileFor(urlPath)));
	}

	/** Whether a site-relative URL (with optional #fragment) resolves to a file in the output. */
	resolves(url: string): boolean {
		const path = new URL(url, 'https://site.test').pathname;
		return this.files().includes(this.fileFor(decodeURI(path)));
	}

	private fileFor(urlPath: string): string {
		const path = urlPath.replace(/^\//, '');
		return path === '' || path.endsWith('/') ? `${path}index.html` : path;
	}
}
