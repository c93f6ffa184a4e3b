import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { findFreePort, startAstroDev, type DevServer } from '../helpers/astro-dev';
import { fixtureSite } from '../helpers/fixture-site';
import { parseHtml } from '../helpers/parse-html';

/** Words every preview notice contains, and no published page should. */
const NOTICE_TEXT = 'only visible in development';

// The tests of this file run one after the other: every `astro dev` of the project shares one
// content store (.astro/data-store.json), so two at once would disturb each other.
let server: DevServer;

async function fetchPage(path: string) {
	const response = await fetch(`${server.url}${path}`);
	const html = await response.text();
	return { status: response.status, html, page: parseHtml(html) };
}

describe('astro dev', () => {
	beforeAll(async () => {
		server = await startAstroDev('./tests/fixtures/site');
	});

	afterAll(async () => {
		await server.stop();
	});

	it('shows a draft with a "Draft" notice above the title so the author can preview it', async () => {
		const { status, html, page } = await fetchPage('/blog/draft-post/');
		expect(status).toBe(200);
		expect(page.querySelector('h1')?.text, html).toContain('DRAFT-SENTINEL');
		const notice = page.querySelector('article header [role="note"]');
		expect(notice?.text).toBe(
			'Draft — only visible in development. It will not be published until you remove "draft: true" from its frontmatter.'
		);
		expect(notice?.nextElementSibling?.tagName).toBe('H1');
	});

	it('shows a scheduled article with its date in a notice and lists both on the index', async () => {
		const { page } = await fetchPage('/blog/scheduled-post/');
		// pubDate: 2999-01-01 starts at midnight in the site's time zone and is shown in en-GB.
		expect(page.querySelector('article header [role="note"]')?.text).toBe(
			'Scheduled for 1 January 2999 — only visible in development until then.'
		);
		const index = (await fetchPage('/blog/')).page.text;
		expect(index).toContain('DRAFT-SENTINEL');
		expect(index).toContain('SCHEDULED-SENTINEL');
	});

	it('counts a draft part in its series, marked as a draft, so the author sees where it will go', async () => {
		const { page } = await fetchPage('/blog/draft-post/');
		const box = page.querySelector('nav[aria-labelledby="series-box"]');
		expect(box?.querySelector('h2')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'Part 6 of 6 in Queues & <back-pressure>'
		);
		const parts = (await fetchPage('/blog/series-part-1/')).page.querySelectorAll(
			'nav[aria-labelledby="series-box"] li'
		);
		expect(parts).toHaveLength(6);
		expect(parts[5]?.text).toContain('DRAFT-SENTINEL');
		expect(parts[5]?.text).toContain('Draft');
		const series = (await fetchPage('/series/')).page.querySelectorAll('main h2');
		expect(series.map((heading) => heading.text.trim())).toContain('SCHEDULED-SENTINEL series');
	});

	it('shows no notice on a published article', async () => {
		const { page } = await fetchPage('/blog/repeated-headings/');
		expect(page.querySelector('[role="note"]')).toBeNull();
		expect(page.text).not.toContain(NOTICE_TEXT);
	});
});

describe('astro build', () => {
	it('ships no preview notice on any page', () => {
		const pages = fixtureSite.files().filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(0);
		const leaks = pages.filter((file) => fixtureSite.read(file).includes(NOTICE_TEXT));
		expect(leaks).toEqual([]);
	});
});

describe('astro dev started again after a build', () => {
	it('keeps its content store and its pre-bundled dependencies, so it starts without redoing them', async () => {
		const port = await findFreePort();
		const first = await startAstroDev('./tests/fixtures/site', { port });
		await first.stop();
		const build = await runAstroBuild({
			contentDirectory: './tests/fixtures/site',
			outDir: `${TEST_BUILD_ROOT}dev-restart/`,
		});
		expect(build.exitCode, build.output).toBe(0);
		const second = await startAstroDev('./tests/fixtures/site', { port });
		await second.stop();
		expect(second.output()).toContain('Syncing content');
		expect(second.output()).not.toMatch(
			/Astro config changed|Content config changed|Clearing content store|Re-optimizing dependencies|clearing the content cache/
		);
	});
});

describe('astro dev with its content inside a folder it does not watch otherwise', () => {
	it('shows an edit to an article without a restart', async () => {
		// .cache/ holds the tests' scratch and is left unwatched, except the folders holding content.
		const content = `${TEST_BUILD_ROOT}dev-edit-content`;
		rmSync(content, { recursive: true, force: true });
		cpSync('./tests/fixtures/site', content, { recursive: true });
		const dev = await startAstroDev(content);
		try {
			const path = `${dev.url}/blog/repeated-headings/`;
			expect(await (await fetch(path)).text()).not.toContain(
				'A sentence added while the server ran'
			);
			appendFileSync(
				`${content}/blog/repeated-headings.mdx`,
				'\nA sentence added while the server ran.\n'
			);
			let html = '';
			for (let tries = 0; tries < 60 && !html.includes('A sentence added'); tries += 1) {
				await new Promise((resolve) => setTimeout(resolve, 500));
				html = await (await fetch(path)).text();
			}
			expect(parseHtml(html).querySelector('article')?.text).toContain(
				'A sentence added while the server ran.'
			);
		} finally {
			await dev.stop();
			rmSync(content, { recursive: true, force: true });
		}
	});
});
