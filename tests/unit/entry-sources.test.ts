import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntryPages, readSitemapFacts } from '@/content-model/entry-sources';

const FIXTURE = 'tests/fixtures/site';

describe('listEntryPages', () => {
	it('gives each entry the URL of its section, folder entries and pages at the root included', () => {
		const pages = listEntryPages(FIXTURE);
		expect(pages).toContainEqual({
			urlPath: '/blog/with-cover/',
			file: `${FIXTURE}/blog/with-cover/index.mdx`,
		});
		expect(pages).toContainEqual({
			urlPath: '/case-studies/queue-migration/',
			file: `${FIXTURE}/case-studies/queue-migration.mdx`,
		});
		expect(pages).toContainEqual({ urlPath: '/about/', file: `${FIXTURE}/pages/about.mdx` });
		expect(pages).toContainEqual({
			urlPath: '/services/platform-review/',
			file: `${FIXTURE}/services/platform-review.mdx`,
		});
	});

	it('gives no page to authors, whose entries have none', () => {
		expect(listEntryPages(FIXTURE).filter(({ file }) => file.includes('/authors/'))).toEqual([]);
	});

	it('gives no page to a file whose name gives no slug', () => {
		expect(
			listEntryPages('tests/fixtures/refused-content').map(({ urlPath }) => urlPath)
		).not.toContain('/blog//');
		expect(listEntryPages('tests/fixtures/refused-content')).toContainEqual({
			urlPath: '/blog/valid/',
			file: 'tests/fixtures/refused-content/blog/valid.md',
		});
	});

	it('gives nothing for a folder that does not exist', () => {
		expect(listEntryPages(`${FIXTURE}/no-such-folder`)).toEqual([]);
	});
});

describe('readSitemapFacts', () => {
	it('reads the last change and the aliases of an entry, as the schema reads the dates', () => {
		const facts = readSitemapFacts('tests/fixtures/tricky-content', 'Asia/Dubai');
		// 2026-01-06 starts at midnight in Dubai, four hours before midnight UTC.
		expect(facts.get('/blog/crlf/')).toEqual({
			lastModified: new Date('2026-01-05T20:00:00Z'),
			aliases: [],
		});
		expect(facts.get('/blog/toml/')?.lastModified).toEqual(new Date('2025-12-29T20:00:00Z'));
	});

	it('falls back to the publication date, and keeps the aliases that are text', () => {
		const folder = mkdtempSync(join(tmpdir(), 'sitemap-facts-'));
		try {
			mkdirSync(join(folder, 'blog'));
			writeFileSync(
				join(folder, 'blog', 'renamed.md'),
				'---\ntitle: Renamed\npubDate: 2026-01-10\naliases: [/blog/old-name/, 2019, /blog/older-name/]\n---\n'
			);
			expect(readSitemapFacts(folder, 'UTC')).toEqual(
				new Map([
					[
						'/blog/renamed/',
						{
							lastModified: new Date('2026-01-10T00:00:00Z'),
							aliases: ['/blog/old-name/', '/blog/older-name/'],
						},
					],
				])
			);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
