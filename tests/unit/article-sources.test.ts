import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticleSources, PAGE_SECTIONS, readSitemapFacts } from '@/content-model/entry-sources';

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

describe('readSitemapFacts', () => {
	let folder = '';
	beforeEach(async () => {
		folder = await mkdtemp(join(tmpdir(), 'fieldnotes-sitemap-facts-'));
	});
	afterEach(() => rm(folder, { recursive: true, force: true }));

	async function write(path: string, text: string): Promise<void> {
		await mkdir(join(folder, path, '..'), { recursive: true });
		await writeFile(join(folder, path), text);
	}

	it('gives each article its last change and its aliases, read as the schema reads them', async () => {
		await write('updated.md', '---\ntitle: A\npubDate: 2026-01-10\nupdatedDate: 2026-03-02\n---\n');
		await write(
			'moved/index.mdx',
			'\n---\ntitle: B\npubDate: 2026-02-01T09:30:00+04:00\naliases: [/blog/old-b/, 7, /blog/older-b/]\n---\nBody'
		);
		await write('no-frontmatter.md', '# Just a body\n');
		await write('bad-date.md', '---\npubDate: next week\naliases: /blog/not-a-list/\n---\n');
		expect(Object.fromEntries(readSitemapFacts(folder, 'Asia/Dubai'))).toEqual({
			'/blog/bad-date/': { lastModified: undefined, aliases: [] },
			'/blog/moved/': {
				lastModified: new Date('2026-02-01T05:30:00.000Z'),
				aliases: ['/blog/old-b/', '/blog/older-b/'],
			},
			'/blog/no-frontmatter/': { lastModified: undefined, aliases: [] },
			// A bare day starts at midnight in the site's time zone (Dubai, UTC+4).
			'/blog/updated/': { lastModified: new Date('2026-03-01T20:00:00.000Z'), aliases: [] },
		});
	});
});
