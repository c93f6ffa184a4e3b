import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineOfOffset, sourceLinesOf } from '@/markdown/source-lines';

describe('lineOfOffset', () => {
	it('counts the line breaks before an offset', () => {
		expect(lineOfOffset('a\nb\nc', 0)).toBe(1);
		expect(lineOfOffset('a\nb\nc', 2)).toBe(2);
		expect(lineOfOffset('a\nb\nc', 4)).toBe(3);
	});

	it('counts a line break as the end of its line', () => {
		expect(lineOfOffset('a\nb\nc', 1)).toBe(1);
		expect(lineOfOffset('a\nb\nc', 3)).toBe(2);
	});
});

describe('sourceLinesOf', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'fieldnotes-lines-')), 'post.md');
	writeFileSync(file, '---\ntitle: x\n---\n\nFirst line.\n\nThird: $x$\n');

	it('adds the frontmatter lines above a trimmed Markdown body, as Astro passes it', () => {
		const body = 'First line.\n\nThird: $x$';
		const lines = sourceLinesOf({ fileURL: pathToFileURL(file), source: body });
		expect(lines.lineAt(body.indexOf('$x$'))).toBe(7);
		expect(lines.file).toMatch(/post\.md$/);
	});

	it('keeps the lines of an MDX body, whose frontmatter Astro blanks out', () => {
		const blanked = '   \n        \n   \n\nFirst line.\n\nThird: $x$\n';
		const lines = sourceLinesOf({ fileURL: pathToFileURL(file), source: blanked });
		expect(lines.lineAt(blanked.indexOf('$x$'))).toBe(7);
	});

	it('names a document without a file "Markdown", its lines those of the text', () => {
		const lines = sourceLinesOf({ fileURL: undefined, source: 'First.\n\nThird: $x$' });
		expect(lines.file).toBe('Markdown');
		expect(lines.lineAt(9)).toBe(3);
	});

	it('counts from line 1 when the file cannot be read or the body is empty', () => {
		const missing = pathToFileURL(join(tmpdir(), 'fieldnotes-no-such-dir', 'post.md'));
		expect(sourceLinesOf({ fileURL: missing, source: 'a\nb' }).lineAt(2)).toBe(2);
		expect(sourceLinesOf({ fileURL: pathToFileURL(file), source: '' }).lineAt(0)).toBe(1);
	});
});
