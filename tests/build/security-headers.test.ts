import { describe, expect, it } from 'vitest';
import { parsePolicy, sha256Hash } from '@/features/security-headers/content-security-policy';
import { IMMUTABLE_CACHE_CONTROL } from '@/features/security-headers/headers-file';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import {
	HEADERS_HOSTS,
	headersForPath,
	nginxPolicyForPath,
	parseHeadersFile,
} from '../helpers/headers-file';
import type { BuiltSite } from '../helpers/built-site';

/** The policy in a page's `<meta http-equiv>`. */
function metaPolicyOf(site: BuiltSite, file: string): string | undefined {
	return site
		.page(`/${file}`)
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
}

/** A policy as a comparable value: each directive with its sources as a sorted list. */
function sourcesByDirective(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		[...parsePolicy(policy)].map(([name, sources]) => [name, sources.sort()])
	);
}

describe.each([
	['example', exampleSite],
	['fixture', fixtureSite],
])('_headers and the page policies of the %s site', (_name, site) => {
	const rules = parseHeadersFile(site.read('_headers'));
	const nginxMap = site.read('_headers.nginx.conf');
	const htmlFiles = site.files().filter((file) => file.endsWith('.html'));
	const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
	const headerPolicy = (path: string, host: (typeof HEADERS_HOSTS)[number]) =>
		parsePolicy(headersForPath(rules, path, host).get('content-security-policy') ?? '');

	it.each(HEADERS_HOSTS)('sends the security headers with every file on %s', (host) => {
		for (const path of ['/', '/blog/', '/search/', '/rss.xml', '/_astro/x.css']) {
			const headers = headersForPath(rules, path, host);
			expect(headers.get('x-content-type-options'), path).toBe('nosniff');
			// HTTPS only, for a year after a visit, this host alone (no includeSubDomains, no preload).
			expect(headers.get('strict-transport-security'), path).toBe('max-age=31536000');
			expect(headers.get('content-security-policy'), path).toMatch(/^default-src 'self'; /);
		}
	});

	it('caches hashed assets for a year, and leaves HTML and feeds to the revalidating default', () => {
		expect(headersForPath(rules, '/_astro/BaseLayout.abc123.css').get('cache-control')).toBe(
			IMMUTABLE_CACHE_CONTROL
		);
		for (const path of ['/', '/blog/idempotent-webhooks/', '/rss.xml', '/sitemap-index.xml']) {
			expect(headersForPath(rules, path).get('cache-control'), path).toBeUndefined();
		}
	});

	it("allows only the site's own origin, no inline script but the hashed ones, and no inline style", () => {
		const policy = headerPolicy('/blog/', 'cloudflare');
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		const scriptSources = policy.get('script-src') ?? [];
		expect(scriptSources[0]).toBe("'self'");
		expect(scriptSources.slice(1).every((source) => /^'sha256-[\w+/]+=*'$/.test(source))).toBe(
			true
		);
		for (const path of [...htmlFiles.map(pathOf), '/pagefind/pagefind-worker.js']) {
			const sources = [...headerPolicy(path, 'cloudflare').values()].flat();
			expect(sources, path).not.toContain("'unsafe-eval'");
			expect(sources, path).not.toContain("'unsafe-inline'");
			expect(headerPolicy(path, 'cloudflare').has('style-src-attr'), path).toBe(false);
		}
	});

	it('lets only search compile WebAssembly: its page and the worker Pagefind starts', () => {
		for (const host of HEADERS_HOSTS) {
			for (const path of [...htmlFiles.map(pathOf), '/pagefind/pagefind-worker.js', '/rss.xml']) {
				const isSearch = path === '/search/' || path.startsWith('/pagefind/');
				expect(headerPolicy(path, host).get('script-src') ?? [], `${path} on ${host}`).toEqual(
					isSearch
						? expect.arrayContaining(["'wasm-unsafe-eval'"])
						: expect.not.arrayContaining(["'wasm-unsafe-eval'"])
				);
			}
		}
	});

	it('sends each page what its <meta> allows (and frame-ancestors), from every host and nginx', () => {
		for (const file of htmlFiles) {
			const meta = metaPolicyOf(site, file);
			expect(meta, file).toBeDefined();
			expect(parsePolicy(meta ?? '').has('frame-ancestors'), file).toBe(false);
			const allowed = sourcesByDirective(`${meta ?? ''}; frame-ancestors 'none'`);
			const header = headersForPath(rules, pathOf(file), 'cloudflare').get(
				'content-security-policy'
			);
			const sent = sourcesByDirective(header ?? '');
			expect(Object.keys(sent).sort(), file).toEqual(Object.keys(allowed).sort());
			for (const [directive, sources] of Object.entries(allowed)) {
				// Every source the page allows; beyond them only hashes (of other pages' styles,
				// which allow nothing but those styles).
				expect(sent[directive], `${file} ${directive}`).toEqual(expect.arrayContaining(sources));
				const extra = (sent[directive] ?? []).filter((source) => !sources.includes(source));
				expect(
					extra.filter((source) => !/^'sha256-/.test(source)),
					`${file} ${directive}`
				).toEqual([]);
			}
			for (const path of new Set([pathOf(file), `/${file}`])) {
				expect(headersForPath(rules, path, 'netlify').get('content-security-policy'), path).toBe(
					header
				);
				expect(nginxPolicyForPath(nginxMap, path), `nginx ${path}`).toBe(header);
			}
		}
	});

	it('has no style attribute on any page, which the policy would block', () => {
		for (const file of htmlFiles) {
			const styled = site.page(`/${file}`).querySelectorAll('[style]');
			expect(
				styled.map((element) => element.outerHTML.slice(0, 80)),
				file
			).toEqual([]);
		}
	});

	it('hashes every inline script of every page into both its <meta> policy and the header', () => {
		let inlineScripts = 0;
		for (const file of htmlFiles) {
			const metaScriptSources = parsePolicy(metaPolicyOf(site, file) ?? '').get('script-src');
			// JSON-LD is data, never run, so no policy needs to allow it.
			const scripts = site
				.page(`/${file}`)
				.querySelectorAll('script:not([src])')
				.filter((script) => script.getAttribute('type') !== 'application/ld+json');
			for (const script of scripts) {
				inlineScripts += 1;
				const source = `'${sha256Hash(script.rawText)}'`;
				expect(metaScriptSources, `${file}: ${script.rawText.slice(0, 60)}`).toContain(source);
				expect(headerPolicy(pathOf(file), 'cloudflare').get('script-src'), file).toContain(source);
			}
		}
		expect(inlineScripts).toBeGreaterThan(htmlFiles.length);
	});
});
