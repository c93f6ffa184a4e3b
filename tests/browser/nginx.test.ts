import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	IMMUTABLE_CACHE_CONTROL,
	REVALIDATE_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '@/features/security-headers/headers-file';
import { exampleSite } from '../helpers/fixture-site';
import { HEADERS_HOSTS, headersForPath, parseHeadersFile } from '../helpers/headers-file';
import { startNginx, type StaticServer } from '../helpers/nginx';

interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decompress it). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks),
				})
			);
		})
			.on('error', reject)
			.end();
	});
}

describe('the example site served by nginx with deploy/nginx.conf', () => {
	let server: StaticServer;
	const stylesheet = exampleSite.files().find((file) => /^_astro\/.+\.css$/.test(file)) ?? '';

	beforeAll(async () => {
		server = await startNginx(exampleSite.outDir);
	});

	afterAll(async () => {
		await server?.stop();
	});

	it('serves pretty URLs, revalidated on each visit, with the security headers', async () => {
		const response = await get(`${server.origin}/blog/`);
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(response.headers['cache-control']).toBe(REVALIDATE_CACHE_CONTROL);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(response.headers[name.toLowerCase()]).toBe(value);
		}
		expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
		expect(response.body.toString()).toBe(exampleSite.read('blog/index.html'));
	});

	it('sends every path the Content-Security-Policy _headers gives it on Netlify and Cloudflare', async () => {
		const rules = parseHeadersFile(exampleSite.read('_headers'));
		const pages = exampleSite
			.files()
			.filter((file) => file.endsWith('.html'))
			.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
		const policies = new Map<string, string>();
		for (const path of [...pages, '/pagefind/pagefind-worker.js', '/rss.xml', `/${stylesheet}`]) {
			const sent = (await get(`${server.origin}${path}`)).headers['content-security-policy'];
			expect(typeof sent, path).toBe('string');
			for (const host of HEADERS_HOSTS) {
				expect(sent, `${path} on ${host}`).toBe(
					headersForPath(rules, path, host).get('content-security-policy')
				);
			}
			policies.set(path, String(sent));
		}
		// Pagefind's WebAssembly is allowed where search runs, and nowhere else.
		expect(policies.get('/search/')).toContain("'wasm-unsafe-eval'");
		expect(policies.get('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
		expect(policies.get('/blog/')).not.toContain("'wasm-unsafe-eval'");
		expect(policies.get('/blog/')).toMatch(/^default-src 'self'; .*script-src 'self' 'sha256-/);
	});

	it('redirects a folder URL without its slash, with a relative Location', async () => {
		const response = await get(`${server.origin}/blog`);
		expect(response.status).toBe(301);
		expect(response.headers.location).toBe('/blog/');
	});

	it('answers a missing page with the 404 page and status 404', async () => {
		const response = await get(`${server.origin}/no-such-page/`);
		expect(response.status).toBe(404);
		expect(response.body.toString()).toBe(exampleSite.read('404.html'));
		expect(response.headers['x-content-type-options']).toBe('nosniff');
	});

	it('caches hashed assets for a year', async () => {
		expect(stylesheet).not.toBe('');
		const response = await get(`${server.origin}/${stylesheet}`);
		expect(response.status).toBe(200);
		expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
	});

	it('sends the precompressed .br and .gz copies as they are', async () => {
		for (const [encoding, extension] of [
			['br', 'br'],
			['gzip', 'gz'],
		] as const) {
			const response = await get(`${server.origin}/blog/idempotent-webhooks/`, {
				'accept-encoding': encoding,
			});
			expect(response.headers['content-encoding']).toBe(encoding);
			expect(response.headers['vary']).toBe('Accept-Encoding');
			const copy = exampleSite.bytes(`blog/idempotent-webhooks/index.html.${extension}`);
			expect(response.body.equals(copy)).toBe(true);
		}
	});

	it('serves the feeds as XML and JSON, and their stylesheet as XSLT, which browsers apply', async () => {
		for (const [path, type] of [
			['/rss.xml', 'text/xml; charset=utf-8'],
			['/tags/postgres/rss.xml', 'text/xml; charset=utf-8'],
			['/atom.xml', 'text/xml; charset=utf-8'],
			['/feed.json', 'application/json; charset=utf-8'],
			['/rss.xsl', 'application/xslt+xml; charset=utf-8'],
		] as const) {
			const response = await get(`${server.origin}${path}`, { 'accept-encoding': 'gzip' });
			expect(response.status, path).toBe(200);
			expect(response.headers['content-type'], path).toBe(type);
			expect(response.headers['content-encoding'], path).toBe('gzip');
			expect(response.headers['x-content-type-options'], path).toBe('nosniff');
		}
	});

	it('does not serve the host configuration files', async () => {
		expect((await get(`${server.origin}/_headers`)).status).toBe(404);
		expect((await get(`${server.origin}/_headers.nginx.conf`)).status).toBe(404);
	});
});
