import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEntryFileProblem, entryIdOf, listEntryFiles } from '@/content-model/entry-files';

const DOCUMENTS = { extensions: ['md', 'mdx'] } as const;

describe('listEntryFiles', () => {
	it("finds the files glob() loads: Markdown and MDX, in folders too, not those starting with '_'", () => {
		const files = listEntryFiles('tests/fixtures/doctor-problems/blog', DOCUMENTS);
		const paths = files.map(({ relativePath }) => relativePath);
		expect(paths).toContain('images/index.mdx');
		expect(paths).toContain('same.md');
		expect(paths).toContain('same.mdx');
		expect(paths).not.toContain('_ignored.md');
		expect(paths.every((path) => /\.mdx?$/.test(path))).toBe(true);
		expect(files.find(({ relativePath }) => relativePath === 'images/index.mdx')).toMatchObject({
			id: 'images',
			extension: 'mdx',
		});
	});

	it('finds a file named "..md", which glob() loads too', () => {
		const files = listEntryFiles('tests/fixtures/refused-content/blog', DOCUMENTS);
		expect(files.find(({ relativePath }) => relativePath === '..md')?.id).toBe('');
	});

	it('lists the files sorted by path, and not the files in a folder named like an entry', () => {
		const folder = mkdtempSync(join(tmpdir(), 'entry-files-'));
		try {
			const files = ['zebra.md', 'queues/index.mdx', 'queues-2.md', 'apple.md', 'old.md/cover.png'];
			for (const path of files) {
				mkdirSync(join(folder, path, '..'), { recursive: true });
				writeFileSync(join(folder, path), '---\ntitle: T\n---\n');
			}
			// The crawler can list queues/index.mdx first; by path, queues-2.md comes first ('-' < '/').
			expect(listEntryFiles(folder, DOCUMENTS).map(({ relativePath }) => relativePath)).toEqual([
				'apple.md',
				'queues-2.md',
				'queues/index.mdx',
				'zebra.md',
			]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('finds nothing in a folder that does not exist', () => {
		expect(listEntryFiles('tests/fixtures/no-such-folder', DOCUMENTS)).toEqual([]);
	});
});

describe('entryIdOf', () => {
	it('drops the extension', () => {
		expect(entryIdOf('idempotent-webhooks.mdx')).toBe('idempotent-webhooks');
	});

	it('gives a folder with index.mdx the folder name', () => {
		expect(entryIdOf('idempotent-webhooks/index.mdx')).toBe('idempotent-webhooks');
	});

	it('slugifies each segment as Astro does', () => {
		expect(entryIdOf('My First Post.md')).toBe('my-first-post');
		expect(entryIdOf('Series/Part One.md')).toBe('series/part-one');
	});

	it('drops only a final /index, not a folder or file that starts with "index"', () => {
		expect(entryIdOf('guides/index-cards.md')).toBe('guides/index-cards');
	});

	it('keeps a top-level index as "index", and gives "..md" no id at all', () => {
		expect(entryIdOf('index.md')).toBe('index');
		expect(entryIdOf('..md')).toBe('');
	});
});

describe('describeEntryFileProblem', () => {
	const problemOf = (relativePath: string, section: string | undefined) =>
		describeEntryFileProblem({ id: entryIdOf(relativePath), relativePath }, section);

	it('accepts a file or a folder with an index in a section', () => {
		expect(problemOf('post.md', '/blog/')).toBeUndefined();
		expect(problemOf('post/index.mdx', '/blog/')).toBeUndefined();
	});

	it('refuses a file name that gives no id', () => {
		expect(problemOf('..md', '/blog/')).toBe(
			'the file name gives no URL slug: rename it, e.g. to "notes.md"'
		);
	});

	it('refuses an entry in a sub-folder, whose id no route of its section takes', () => {
		expect(problemOf('series/part-1.md', '/blog/')).toMatch(
			/^entries cannot sit in sub-folders \(its id would be "series\/part-1"\): move it to part-1\.md, or to a folder of its own as part-1\/index\.md$/
		);
		expect(problemOf('series/part-1.yaml', undefined)).toBeUndefined();
		expect(problemOf('2026/queues/part-1.md', '/blog/')).toMatch(
			/: move it to part-1\.md, or to a folder of its own as part-1\/index\.md$/
		);
	});

	it('refuses a URL that a page of the site already has', () => {
		expect(problemOf('2.md', '/blog/')).toBe(
			'its URL /blog/2/ is already page 2 of the blog index: rename the file, e.g. to "2-notes.md"'
		);
		expect(problemOf('search.mdx', '/')).toMatch(/^its URL \/search\/ is already the search page/);
	});
});
