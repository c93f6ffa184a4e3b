import { describe, expect, it } from 'vitest';
import { parsePolicy, sha256Hash } from '@/features/security-headers/content-security-policy';
import {
	IMMUTABLE_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '@/features/security-headers/headers-file';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file';
import type { BuiltSite } from '../helpers/built-site';

/** The policy in a page's `<meta http-equiv>`. */
function metaPolicyOf(site: BuiltSite, file: string): string | undefined {
	return site
		.page(`/${file}`)
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
}

describe.each([
	['example', exampleSite],
	['fixture', fixtureSite],
])('_headers and the page policies of the %s site', (_name, site) => {
	const rules = parseHeadersFile(site.read('_headers'));
	const pageHeaders = headersForPath(rules, '/blog/');
	const headerPolicy = parsePolicy(pageHeaders.get('content-security-policy') ?? '');
	const htmlFiles = site.files().filter((file) => file.endsWith('.html'));

	it('sends the security headers with every file', () => {
		for (const path of ['/', '/blog/', '/rss.xml', '/_astro/x.css']) {
			const headers = headersForPath(rules, path);
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(headers.get(name.toLowerCase()), `${name} on ${path}`).toBe(value);
			}
			expect(headers.get('content-security-policy'), path).toBeDefined();
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

	it("allows only the site's own origin, and no inline script but the hashed ones", () => {
		expect(headerPolicy.get('default-src')).toEqual(["'self'"]);
		expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
		expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
		const scriptSources = headerPolicy.get('script-src') ?? [];
		expect(scriptSources[0]).toBe("'self'");
		// 'wasm-unsafe-eval' comes from the search page alone (Pagefind's WebAssembly): it allows
		// compiling WebAssembly, not eval, and other pages' own <meta> policies do not allow it.
		expect(
			scriptSources
				.slice(1)
				.filter((source) => source !== "'wasm-unsafe-eval'")
				.every((source) => /^'sha256-[\w+/]+=*'$/.test(source))
		).toBe(true);
		expect([...headerPolicy.values()].flat()).not.toContain("'unsafe-eval'");
		expect(headerPolicy.get('style-src')).not.toContain("'unsafe-inline'");
		// Shiki colours tokens with style attributes; no <style> or script may come from them.
		expect(headerPolicy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
	});

	it('gives every page a <meta> policy, without the header-only frame-ancestors', () => {
		for (const file of htmlFiles) {
			const policy = metaPolicyOf(site, file);
			expect(policy, file).toBeDefined();
			expect(parsePolicy(policy ?? '').has('frame-ancestors'), file).toBe(false);
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
				expect(headerPolicy.get('script-src'), file).toContain(source);
			}
		}
		expect(inlineScripts).toBeGreaterThan(htmlFiles.length);
	});
});
