import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/built-site';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { startNginx } from '../helpers/nginx';
import { sweepEveryPage, watchProblems } from '../helpers/page-sweep';
import { serveInChromium } from '../helpers/served-site';

const ARTICLE = '/blog/idempotent-webhooks/';
const PHONE = { width: 375, height: 740 };
/** Playwright's default viewport height. */
const PAGE_HEIGHT = 720;

/** A new page of the context, with what it shows as a problem (page-sweep.ts, watchProblems). */
async function openPage(
	context: BrowserContext,
	origin = served.server.origin
): Promise<{ page: Page; problems: string[] }> {
	const page = await context.newPage();
	return { page, problems: watchProblems(page, origin) };
}

const served = serveInChromium(exampleSite);

describe('reading the example site in Chromium', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await served.browser.newContext({ colorScheme: 'light' });
	});

	afterAll(async () => {
		await context.close();
	});

	it('goes from the home page to the blog and on to an article', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${served.server.origin}/`);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Blog' })
			.click();
		await page.waitForURL(`${served.server.origin}/blog/`);
		expect(await page.locator('h1').textContent()).toBe('Blog');
		const firstArticle = page.locator('main article h2 a, main li h2 a').first();
		const title = (await firstArticle.textContent())?.trim();
		await firstArticle.click();
		await page.waitForURL(/\/blog\/[^/]+\/$/);
		expect((await page.locator('h1').textContent())?.trim()).toBe(title);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('scrolls to each heading the table of contents links to', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		const tocLinks = page.getByRole('navigation', { name: 'In this article' }).getByRole('link');
		const count = await tocLinks.count();
		expect(count).toBeGreaterThanOrEqual(2);
		for (const index of [count - 1, 0]) {
			const link = tocLinks.nth(index);
			const id = (await link.getAttribute('href'))?.slice(1) ?? '';
			await link.click();
			await page.waitForURL(`${served.server.origin}${ARTICLE}#${id}`);
			// Smooth scrolling takes a moment; then the whole heading is in view.
			const heading = page.locator(`[id="${id}"]`);
			await expect
				.poll(
					() =>
						heading.evaluate((element, height) => {
							const { top, bottom } = element.getBoundingClientRect();
							return top >= 0 && bottom <= height;
						}, PAGE_HEIGHT),
					{ timeout: 5000 }
				)
				.toBe(true);
		}
		expect(problems).toEqual([]);
		await page.close();
	});

	it('opens a "Keep reading" article from its link', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		const related = page.getByRole('region', { name: 'Keep reading' }).locator('h3 a').first();
		const title = (await related.textContent())?.trim();
		const target = await related.getAttribute('href');
		expect(target).not.toBe(ARTICLE);
		await related.click();
		await page.waitForURL(`${served.server.origin}${target}`);
		expect((await page.locator('h1').textContent())?.trim()).toBe(title);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('lists the article on the page of each of its tags', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		const title = (await page.locator('h1').textContent())?.trim() ?? '';
		const tag = page
			.locator('main article')
			.getByRole('list', { name: 'Tags' })
			.getByRole('link')
			.first();
		await tag.click();
		await page.waitForURL(/\/tags\/[^/]+\/$/);
		await expect.poll(() => page.getByRole('link', { name: title, exact: true }).count()).toBe(1);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('the theme toggle', () => {
	it('switches the theme, keeps it across a reload and paints the first frame in it', async () => {
		const context = await served.browser.newContext({ colorScheme: 'light' });
		// Records the theme of the first frame the browser paints, before any bundled script runs. The
		// frame can come after the load event on a busy machine, so the checks below poll for it.
		await context.addInitScript(() => {
			requestAnimationFrame(() => {
				Object.assign(window, { firstFrameTheme: document.documentElement.dataset.theme });
			});
		});
		const { page, problems } = await openPage(context);
		const firstFrameTheme = () =>
			page.evaluate(() => (window as unknown as { firstFrameTheme?: string }).firstFrameTheme);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		await toggle.click();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		const darkBackground = await page.evaluate(
			() => getComputedStyle(document.body).backgroundColor
		);

		await page.reload();
		await expect.poll(firstFrameTheme).toBe('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			darkBackground
		);
		// Another page of the site starts dark too.
		await page.goto(`${served.server.origin}/tags/`);
		await expect.poll(firstFrameTheme).toBe('dark');
		expect(problems).toEqual([]);
		await context.close();
	});

	it('follows the system preference until the reader chooses', async () => {
		const context = await served.browser.newContext({ colorScheme: 'dark' });
		const { page } = await openPage(context);
		await page.goto(`${served.server.origin}/`);
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await context.close();
	});
});

describe.each([
	['with JavaScript', true],
	['without JavaScript', false],
])('on a 375 px wide phone, %s', (_label, javaScriptEnabled) => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await served.browser.newContext({
			viewport: PHONE,
			javaScriptEnabled,
			hasTouch: true,
		});
	});

	afterAll(async () => {
		await context.close();
	});

	it('opens the menu and follows a link in it', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		const menu = page.getByRole('navigation', { name: 'Main' });
		// The wide-screen navigation is not displayed, and the menu's is hidden until it opens.
		expect(await menu.count()).toBe(0);
		await page.getByText('Menu', { exact: true }).click();
		expect(await menu.count()).toBe(1);
		expect(await menu.isVisible()).toBe(true);
		await menu.getByRole('link', { name: 'Blog' }).click();
		await page.waitForURL(`${served.server.origin}/blog/`);
		expect(problems).toEqual([]);
		await page.close();
	});

	// Every page of two sites, one after the other: more than the default two minutes on a busy machine.
	it(
		'never scrolls sideways, logs an error, breaks the policy or reaches another host, on any page of two sites',
		{ timeout: 300_000 },
		async () => {
			const fixture = await startNginx(fixtureSite.outDir);
			try {
				const problems: string[] = [];
				for (const [site, origin] of [
					[exampleSite, served.server.origin],
					[fixtureSite, fixture.origin],
				] as [BuiltSite, string][]) {
					expect(site.pagePaths().length).toBeGreaterThan(10);
					problems.push(
						...(await sweepEveryPage(context, site, origin, {
							width: PHONE.width,
							javaScript: javaScriptEnabled,
						}))
					);
				}
				expect(problems).toEqual([]);
			} finally {
				await fixture.stop();
			}
		}
	);
});

describe('the newsletter signup, without JavaScript', () => {
	it('refuses an empty address, then posts the address and the empty honeypot to the provider', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const posted: { method: string; body: string }[] = [];
		// Stands in for the provider, so nothing leaves the machine.
		await context.route('https://buttondown.com/**', async (route) => {
			posted.push({ method: route.request().method(), body: route.request().postData() ?? '' });
			await route.fulfill({ contentType: 'text/html', body: '<title>Thanks</title>' });
		});
		const page = await context.newPage();
		await page.goto(`${served.server.origin}${ARTICLE}`);
		const form = page.getByRole('region', { name: 'New articles by email' });
		await form.getByRole('button', { name: 'Subscribe' }).click();
		expect(page.url()).toBe(`${served.server.origin}${ARTICLE}`);
		expect(posted).toEqual([]);
		await form.getByLabel('Email address').fill('reader@example.com');
		await form.getByRole('button', { name: 'Subscribe' }).click();
		await page.waitForURL('https://buttondown.com/**');
		expect(posted).toEqual([{ method: 'POST', body: 'email=reader%40example.com&website=' }]);
		await context.close();
	});
});
