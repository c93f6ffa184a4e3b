import type { Page } from 'playwright-core';
import { pickTemplatePages, type PageTemplate } from '../../tools/page-templates';
import { exampleSite } from './fixture-site';

/**
 * One page of the example site per template, and the search page showing results: every layout
 * a reader can meet.
 */
export const EXAMPLE_TEMPLATES: PageTemplate[] = [
	...pickTemplatePages(exampleSite.files(), 'idempotent-webhooks'),
	{ name: 'search-results', path: '/search/?q=webhooks' },
];

/**
 * Opens a page as a reader sees it whole: the fonts in, every image loaded (lazy ones too) and,
 * on the search page, the results shown.
 */
export async function openWhole(page: Page, url: string): Promise<void> {
	await page.goto(url);
	if (new URL(url).searchParams.has('q')) {
		await page.locator('[data-search-results] > li').first().waitFor();
	}
	await page.evaluate(async () => {
		await document.fonts.ready;
		await Promise.all(
			[...document.images].map((image) => {
				image.loading = 'eager';
				return image.decode().catch(() => undefined);
			})
		);
	});
}
