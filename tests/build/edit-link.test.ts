import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/site.config';
import { fixtureSite } from '../helpers/fixture-site';

const baseUrl = siteConfig.editLink?.baseUrl ?? '';

function editLinkOf(urlPath: string) {
	const links = fixtureSite
		.page(urlPath)
		.querySelectorAll('a')
		.filter((link) => link.text.trim() === 'Edit this page');
	expect(links, urlPath).toHaveLength(1);
	return links[0]?.getAttribute('href');
}

describe('"Edit this page" link', () => {
	it('is configured for the example site, which the fixture build shares', () => {
		expect(baseUrl).toBe('https://github.com/fieldnotes/fieldnotes/edit/main/');
	});

	it("points at the article's source file from the repository root", () => {
		expect(editLinkOf('/blog/repeated-headings/')).toBe(
			`${baseUrl}tests/fixtures/site/blog/repeated-headings.mdx`
		);
	});

	it('points at index.mdx for an article stored in a folder with its images', () => {
		expect(editLinkOf('/blog/with-cover/')).toBe(
			`${baseUrl}tests/fixtures/site/blog/with-cover/index.mdx`
		);
	});
});
