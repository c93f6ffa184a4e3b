import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAstroDev, type DevServer } from '../helpers/astro-dev';
import { parseHtml } from '../helpers/parse-html';

let server: DevServer;

beforeAll(async () => {
	server = await startAstroDev('./tests/fixtures/site');
});

afterAll(async () => {
	await server.stop();
});

async function fetchPage(path: string) {
	const response = await fetch(`${server.url}${path}`);
	return { status: response.status, page: parseHtml(await response.text()) };
}

describe('astro dev', () => {
	it('shows a draft with a "Draft" badge so the author can preview it', async () => {
		const { status, page } = await fetchPage('/blog/draft-post/');
		expect(status).toBe(200);
		expect(page.querySelector('h1')?.text).toContain('DRAFT-SENTINEL');
		expect(page.querySelector('article header')?.text).toContain('Draft');
	});

	it('shows a scheduled article with a "Scheduled" badge and lists both on the index', async () => {
		const { page } = await fetchPage('/blog/scheduled-post/');
		expect(page.querySelector('article header')?.text).toContain('Scheduled');
		const index = (await fetchPage('/blog/')).page.text;
		expect(index).toContain('DRAFT-SENTINEL');
		expect(index).toContain('SCHEDULED-SENTINEL');
	});
});
