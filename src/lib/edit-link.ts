import { posix } from 'node:path';

/**
 * The URL at which a source file is edited on the code host: `baseUrl` (the edit view of a branch,
 * e.g. `https://github.com/owner/repo/edit/main/`) followed by the file's path from the repository
 * root. Returns undefined for a file outside the repository, such as a content folder that tests
 * or the benchmark point `FIELDNOTES_CONTENT_DIR` at: the code host has no page for it.
 * @example buildEditUrl('https://github.com/o/r/edit/main', './content/blog/a.mdx') // 'https://github.com/o/r/edit/main/content/blog/a.mdx'
 */
export function buildEditUrl(baseUrl: string, filePath: string): string | undefined {
	if (!URL.canParse(baseUrl))
		throw new Error(`Cannot build an edit link: "${baseUrl}" is not a URL.`);
	if (/[?#]/.test(baseUrl)) {
		throw new Error(
			`Cannot build an edit link from "${baseUrl}": the file path is appended to it, so it must not contain "?" or "#".`
		);
	}
	// Astro gives POSIX paths, but a path typed by hand on Windows would use backslashes.
	const path = posix.normalize(filePath.replaceAll('\\', '/'));
	if (path === '.' || path.endsWith('/')) {
		throw new Error(`Cannot build an edit link: "${filePath}" is not a file path.`);
	}
	if (path === '..' || path.startsWith('../') || path.startsWith('/') || /^[a-z]:/i.test(path)) {
		return undefined;
	}
	// Each segment is encoded on its own so that a space or "#" in a file name stays part of the path.
	const encodedPath = path.split('/').map(encodeURIComponent).join('/');
	return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${encodedPath}`;
}
