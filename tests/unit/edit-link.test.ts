import { describe, expect, it } from 'vitest';
import { buildEditUrl } from '@/lib/edit-link';

const BASE = 'https://github.com/fieldnotes/fieldnotes/edit/main/';

describe('buildEditUrl', () => {
	it('appends the file path from the repository root to the edit view', () => {
		expect(buildEditUrl(BASE, 'content/blog/idempotent-webhooks.mdx')).toBe(
			'https://github.com/fieldnotes/fieldnotes/edit/main/content/blog/idempotent-webhooks.mdx'
		);
	});

	it('adds the slash a base URL without a trailing slash lacks', () => {
		expect(buildEditUrl(BASE.slice(0, -1), 'content/blog/a.mdx')).toBe(`${BASE}content/blog/a.mdx`);
	});

	it('drops a leading "./" and resolves "." and ".." segments inside the repository', () => {
		expect(buildEditUrl(BASE, './content/blog/a.mdx')).toBe(`${BASE}content/blog/a.mdx`);
		expect(buildEditUrl(BASE, 'content/./drafts/../blog/a.mdx')).toBe(`${BASE}content/blog/a.mdx`);
	});

	it('keeps the folder of an article stored as slug/index.mdx', () => {
		expect(buildEditUrl(BASE, 'content/blog/with-cover/index.mdx')).toBe(
			`${BASE}content/blog/with-cover/index.mdx`
		);
	});

	it('percent-encodes each segment so spaces, "#" and non-ASCII names stay in the path', () => {
		expect(buildEditUrl(BASE, 'content/blog/C# tips/日本.mdx')).toBe(
			`${BASE}content/blog/C%23%20tips/%E6%97%A5%E6%9C%AC.mdx`
		);
	});

	it('reads a colon inside a file name as part of the name, not as a Windows drive', () => {
		expect(buildEditUrl(BASE, 'content/blog/re:invent-notes.md')).toBe(
			'https://github.com/fieldnotes/fieldnotes/edit/main/content/blog/re%3Ainvent-notes.md'
		);
	});

	it('accepts Windows separators', () => {
		expect(buildEditUrl(BASE, 'content\\blog\\a.mdx')).toBe(`${BASE}content/blog/a.mdx`);
	});

	it('gives no URL for a file outside the repository, which the code host cannot show', () => {
		expect(buildEditUrl(BASE, '../shared/bench/blog/a.mdx')).toBeUndefined();
		expect(buildEditUrl(BASE, 'content/../../a.mdx')).toBeUndefined();
		expect(buildEditUrl(BASE, 'content/../..')).toBeUndefined();
		expect(buildEditUrl(BASE, '/tmp/content/blog/a.mdx')).toBeUndefined();
		expect(buildEditUrl(BASE, 'C:\\content\\blog\\a.mdx')).toBeUndefined();
	});

	it('throws on a base URL that is not a URL or would swallow the path in a query or fragment', () => {
		expect(() => buildEditUrl('github.com/o/r/edit/main/', 'a.mdx')).toThrow(
			'Cannot build an edit link: "github.com/o/r/edit/main/" is not a URL.'
		);
		expect(() => buildEditUrl('https://example.com/edit?file=', 'a.mdx')).toThrow(
			/must not contain "\?" or "#"/
		);
	});

	it('throws on a path that names no file', () => {
		expect(() => buildEditUrl(BASE, '')).toThrow('"" is not a file path');
		expect(() => buildEditUrl(BASE, './')).toThrow('"./" is not a file path');
		expect(() => buildEditUrl(BASE, 'content/blog/')).toThrow('is not a file path');
	});
});
