import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleFiles, getArticleSlug, isArticlePath } from '@/content-model/entry-files';

describe('isArticlePath', () => {
	it('accepts Markdown and MDX files, at the top or in a folder', () => {
		expect(isArticlePath('post.md')).toBe(true);
		expect(isArticlePath('post.mdx')).toBe(true);
		expect(isArticlePath('post/index.mdx')).toBe(true);
	});

	it('skips files starting with an underscore, like the glob loader', () => {
		expect(isArticlePath('_draft-notes.md')).toBe(false);
		expect(isArticlePath('post/_partial.mdx')).toBe(false);
	});

	it('skips other files and hidden files or folders', () => {
		expect(isArticlePath('post/cover.png')).toBe(false);
		expect(isArticlePath('notes.markdown')).toBe(false);
		expect(isArticlePath('.hidden.md')).toBe(false);
		expect(isArticlePath('.trash/post.md')).toBe(false);
	});
});

describe('getArticleSlug', () => {
	it('drops the extension', () => {
		expect(getArticleSlug('idempotent-webhooks.mdx')).toBe('idempotent-webhooks');
	});

	it('gives a folder with index.mdx the folder name', () => {
		expect(getArticleSlug('idempotent-webhooks/index.mdx')).toBe('idempotent-webhooks');
	});

	it('slugifies each segment as Astro does', () => {
		expect(getArticleSlug('My First Post.md')).toBe('my-first-post');
		expect(getArticleSlug('Series/Part One.md')).toBe('series/part-one');
	});

	it('keeps a top-level index as "index"', () => {
		expect(getArticleSlug('index.md')).toBe('index');
	});

	it('drops only a last segment that is exactly "index"', () => {
		expect(getArticleSlug('notes/index-of-tools.md')).toBe('notes/index-of-tools');
		expect(getArticleSlug('index/notes.md')).toBe('index/notes');
	});
});

describe('findArticleFiles', () => {
	it('lists the article files of a folder, sorted, with their slugs and formats', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'fieldnotes-article-files-'));
		try {
			for (const file of [
				'b.md',
				'a/index.mdx',
				'a/cover.png',
				'_draft.md',
				'.hidden/x.md',
				'c.mdx',
			]) {
				await mkdir(join(folder, file, '..'), { recursive: true });
				await writeFile(join(folder, file), '');
			}
			await mkdir(join(folder, 'empty.md'));
			expect(findArticleFiles(folder)).toEqual([
				{
					path: join(folder, 'a/index.mdx'),
					relativePath: 'a/index.mdx',
					slug: 'a',
					format: 'mdx',
				},
				{ path: join(folder, 'b.md'), relativePath: 'b.md', slug: 'b', format: 'md' },
				{ path: join(folder, 'c.mdx'), relativePath: 'c.mdx', slug: 'c', format: 'mdx' },
			]);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});
