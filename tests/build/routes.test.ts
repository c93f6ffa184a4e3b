import { describe, expect, it } from 'vitest';
import { listEntryPages } from '@/content-model/entry-sources';
import { describeReservedPath } from '@/content-model/routes';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';

describe.each([
	['example', exampleSite, './content'],
	['fixture', fixtureSite, './tests/fixtures/site'],
])('every page of the %s site', (_name, site, contentDirectory) => {
	it('is an entry, a redirect of an alias, or a page the alias and file-name checks know', () => {
		const entries = new Set(listEntryPages(contentDirectory).map(({ urlPath }) => urlPath));
		const unknown = site
			.pagePaths()
			.filter(
				(path) =>
					!entries.has(path) &&
					describeReservedPath(path) === undefined &&
					!site.isRedirectPage(path)
			);
		expect(unknown).toEqual([]);
	});

	it('has its top-level files known to the same checks', () => {
		const files = site
			.files()
			.filter((file) => !file.includes('/') && !/\.(br|gz)$/.test(file) && file !== 'index.html');
		expect(files.length).toBeGreaterThan(0);
		expect(files.filter((file) => describeReservedPath(`/${file}`) === undefined)).toEqual([
			'favicon.svg',
		]);
	});
});
