import { describe, expect, it } from 'vitest';
import type { HeaderPolicies } from '@/features/security-headers/content-security-policy';
import {
	formatHeadersFile,
	formatNginxPolicyMap,
	IMMUTABLE_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '@/features/security-headers/headers-file';
import {
	HEADERS_HOSTS,
	headersForPath,
	nginxPolicyForPath,
	parseHeadersFile,
} from '../helpers/headers-file';

const POLICIES: HeaderPolicies = {
	site: "default-src 'self'",
	paths: [
		{ pattern: '/search/', policy: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
		{ pattern: '/pagefind/*', policy: "default-src 'self'; script-src 'wasm-unsafe-eval'" },
	],
};
const SEARCH = POLICIES.paths[0]?.policy;
const WORKER = POLICIES.paths[1]?.policy;

describe.each(HEADERS_HOSTS)('formatHeadersFile, as %s reads it', (host) => {
	const rules = parseHeadersFile(formatHeadersFile({ base: '/', policies: POLICIES }));
	const policyOf = (path: string) =>
		headersForPath(rules, path, host).get('content-security-policy');

	it('sends the site policy and the security headers with every path', () => {
		const headers = headersForPath(rules, '/blog/a/', host);
		expect(headers.get('content-security-policy')).toBe("default-src 'self'");
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(headers.get(name.toLowerCase())).toBe(value);
		}
	});

	it("sends a path's own policy there, alone rather than joined to the site's", () => {
		expect(policyOf('/search/')).toBe(SEARCH);
		expect(policyOf('/search/index.html')).toBe(SEARCH);
		expect(policyOf('/pagefind/pagefind-worker.js')).toBe(WORKER);
		expect(policyOf('/searching/')).toBe("default-src 'self'");
		expect(policyOf('/search/other/')).toBe("default-src 'self'");
	});

	it('caches _astro/ for a year without a second Cache-Control joined to it', () => {
		expect(headersForPath(rules, '/_astro/a.B1x.js', host).get('cache-control')).toBe(
			IMMUTABLE_CACHE_CONTROL
		);
		expect(headersForPath(rules, '/index.html', host).get('cache-control')).toBeUndefined();
	});
});

describe('formatHeadersFile', () => {
	it('puts the rules under the base path of a project site', () => {
		const based = parseHeadersFile(formatHeadersFile({ base: '/notes/', policies: POLICIES }));
		expect(based.map(({ pattern }) => pattern)).toEqual([
			'/notes/*',
			'/notes/_astro/*',
			'/notes/search/',
			'/notes/search/index.html',
			'/notes/pagefind/*',
		]);
		expect(headersForPath(based, '/blog/').size).toBe(0);
		expect(headersForPath(based, '/notes/search/').get('content-security-policy')).toBe(SEARCH);
	});

	it('writes comment lines, a blank line between rules and a final newline', () => {
		const file = formatHeadersFile({ base: '/', policies: POLICIES });
		expect(file).toMatch(/^# /);
		expect(file).toContain('\n\n/_astro/*\n');
		expect(file.endsWith('\n')).toBe(true);
	});
});

describe('formatNginxPolicyMap', () => {
	it('gives nginx the policy _headers gives each path, for the path nginx serves too', () => {
		for (const base of ['/', '/notes/']) {
			const map = formatNginxPolicyMap({ base, policies: POLICIES });
			const rules = parseHeadersFile(formatHeadersFile({ base, policies: POLICIES }));
			for (const path of [
				'',
				'blog/a/',
				'blog/a/index.html',
				'search/',
				'search/index.html',
				'search/x/',
				'pagefind/pagefind-worker.js',
				'_astro/x.css',
				'rss.xml',
			]) {
				const served = `${base}${path}`;
				expect(nginxPolicyForPath(map, served), served).toBe(
					headersForPath(rules, served).get('content-security-policy')
				);
			}
		}
	});

	it('sets the variable deploy/nginx.conf sends, with every policy quoted', () => {
		const map = formatNginxPolicyMap({ base: '/', policies: POLICIES });
		expect(map).toMatch(/^map \$uri \$fieldnotes_content_security_policy \{$/m);
		expect(map).toContain(`\tdefault "default-src 'self'";`);
	});

	it('writes the whole map: innermost pattern first, a page also as its index.html, a file alone', () => {
		const map = formatNginxPolicyMap({
			base: '/notes/',
			policies: {
				site: "default-src 'self'",
				paths: [
					{ pattern: '/blog/*', policy: "default-src 'self'; frame-src https://giscus.app" },
					{
						pattern: '/blog/one/',
						policy: "default-src 'self'; frame-src https://giscus.app; img-src https:",
					},
					{ pattern: '/feed.json', policy: "default-src 'none'" },
				],
			},
		});
		expect(map.split('\n')).toEqual([
			'# Written by the build (src/features/security-headers/integration.ts) for deploy/nginx.conf,',
			'# which includes it: the Content-Security-Policy of every path, as _headers gives it.',
			'map $uri $fieldnotes_content_security_policy {',
			`\t~^/notes/feed\\.json$ "default-src 'none'";`,
			`\t~^/notes/blog/one/(index\\.html)?$ "default-src 'self'; frame-src https://giscus.app; img-src https:";`,
			`\t~^/notes/blog/ "default-src 'self'; frame-src https://giscus.app";`,
			`\tdefault "default-src 'self'";`,
			'}',
			'',
		]);
	});

	it('refuses a policy nginx would read as a variable', () => {
		expect(() =>
			formatNginxPolicyMap({ base: '/', policies: { site: "script-src 'self' $x", paths: [] } })
		).toThrow(/nginx cannot quote/);
	});
});

describe('formatHeadersFile, the whole file', () => {
	it('writes every header a host needs, for the site, the hashed assets and a path with its own policy', () => {
		const file = formatHeadersFile({
			base: '/',
			policies: {
				site: "default-src 'self'",
				paths: [
					{
						pattern: '/search/',
						policy: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
					},
				],
			},
		});
		expect(file.split('\n')).toEqual([
			'# Written by the build (src/features/security-headers/integration.ts) for Netlify and Cloudflare Pages.',
			"# HTML and feeds keep the hosts' default caching: public, max-age=0, must-revalidate.",
			'/*',
			"  Content-Security-Policy: default-src 'self'",
			'  Strict-Transport-Security: max-age=31536000',
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			'  Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()',
			'',
			'/_astro/*',
			'  Cache-Control: public, max-age=31536000, immutable',
			'',
			'/search/',
			'  ! Content-Security-Policy',
			"  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
			'',
			'/search/index.html',
			'  ! Content-Security-Policy',
			"  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
			'',
		]);
	});
});
