import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findYamlEntryIds, getArticleSlug, isArticlePath } from '@/content-model/entry-files';

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
});

describe('findYamlEntryIds', () => {
	it('gives each YAML file the id the glob loader gives it, leaving out _ files and other files', () => {
		const folder = mkdtempSync(join(tmpdir(), 'fieldnotes-series-'));
		try {
			mkdirSync(join(folder, 'Nested'));
			mkdirSync(join(folder, '.trash'));
			for (const file of [
				'queues.yaml',
				'Production Lessons.yml',
				'Nested/index.yaml',
				'_draft.yaml',
				'.trash/old.yaml',
				'notes.json',
				'README.md',
			]) {
				writeFileSync(join(folder, file), 'title: x\n');
			}
			expect([...findYamlEntryIds(folder)].sort()).toEqual([
				'nested',
				'production-lessons',
				'queues',
			]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('finds none in a folder that does not exist', () => {
		expect(findYamlEntryIds(join(tmpdir(), 'fieldnotes-no-such-folder'))).toEqual(new Set());
	});
});
