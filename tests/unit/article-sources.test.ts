import { describe, expect, it } from 'vitest';
import { listArticleSources, PAGE_SECTIONS } from '@/content-model/entry-sources';

const FIXTURE = 'tests/fixtures/site';

describe('listArticleSources', () => {
	it('gives each article file its /blog/ URL, folder articles included', () => {
		const sources = listArticleSources(`${FIXTURE}/blog`);
		expect(sources).toContainEqual({
			urlPath: '/blog/with-cover/',
			file: `${FIXTURE}/blog/with-cover/index.mdx`,
		});
		expect(sources).toContainEqual({
			urlPath: '/blog/hostile-title/',
			file: `${FIXTURE}/blog/hostile-title.md`,
		});
	});

	it('publishes every page section under its own prefix, pages at the root', () => {
		const sources = PAGE_SECTIONS.flatMap(([folder, prefix]) =>
			listArticleSources(`${FIXTURE}/${folder}`, prefix)
		);
		expect(sources).toContainEqual({
			urlPath: '/case-studies/queue-migration/',
			file: `${FIXTURE}/case-studies/queue-migration.mdx`,
		});
		expect(sources).toContainEqual({ urlPath: '/about/', file: `${FIXTURE}/pages/about.mdx` });
		expect(sources).toContainEqual({
			urlPath: '/services/platform-review/',
			file: `${FIXTURE}/services/platform-review.mdx`,
		});
	});

	it('gives nothing for a folder that does not exist', () => {
		expect(listArticleSources(`${FIXTURE}/no-such-folder`)).toEqual([]);
	});
});
