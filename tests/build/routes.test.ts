import { describe, expect, it } from 'vitest';
import { listEntryPages } from '@/content-model/entry-sources';
import { describeReservedPath } from '@/content-model/routes';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { parseHtml } from '../helpers/parse-html';
import type { BuiltSite } from '../helpers/built-site';

/** The site path of each HTML page of a built site: `blog/x/index.html` is `/blog/x/`. */
function pagePaths(site: BuiltSite): string[] {
	return site
		.files()
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

describe.each([
	['example', exampleSite, './content'],
	['fixture', fixtureSite, './tests/fixtures/site'],
])('every page of the %s site', (_name, site, contentDirectory) => {
	it('is an entry, a redirect of an alias, or a page the alias and file-name checks know', () => {
		const entries = new Set(listEntryPages(contentDirectory).map(({ urlPath }) => urlPath));
		const unknown = pagePaths(site).filter((path) => {
			if (entries.has(path) || describeReservedPath(path) !== undefined) return false;
			const isRedirect = parseHtml(site.read(`${path.slice(1)}index.html`)).querySelector(
				'meta[http-equiv="refresh"]'
			);
			return !isRedirect;
		});
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
