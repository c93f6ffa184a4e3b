import { describe, expect, it } from 'vitest';
import { getArticleSlug, isArticlePath } from '@/content-model/entry-files';

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
