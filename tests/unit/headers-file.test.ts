import { describe, expect, it } from 'vitest';
import { formatHeadersFile } from '@/features/security-headers/headers-file';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file';

describe('formatHeadersFile', () => {
	const file = formatHeadersFile({ base: '/', contentSecurityPolicy: "default-src 'self'" });
	const rules = parseHeadersFile(file);

	it('writes the whole _headers file a host reads', () => {
		expect(file).toBe(
			[
				'# Written by the build (src/features/security-headers/integration.ts) for Netlify and Cloudflare Pages.',
				"# HTML and feeds keep the hosts' default caching: public, max-age=0, must-revalidate.",
				'/*',
				"  Content-Security-Policy: default-src 'self'",
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: strict-origin-when-cross-origin',
				'  Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()',
				'',
				'/_astro/*',
				'  Cache-Control: public, max-age=31536000, immutable',
				'',
			].join('\n')
		);
	});

	it('sends the policy and the security headers with every path, as the host joins the rules', () => {
		const pageHeaders: Record<string, unknown> = {
			'content-security-policy': "default-src 'self'",
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'permissions-policy': expect.stringMatching(
				/^accelerometer=\(\), .*camera=\(\), .*microphone=\(\)/
			) as unknown,
		};
		expect(Object.fromEntries(headersForPath(rules, '/blog/a/'))).toEqual(pageHeaders);
		// The hashed assets get the same headers and a year of caching, with no second Cache-Control.
		expect(Object.fromEntries(headersForPath(rules, '/_astro/a.B1x.js'))).toEqual({
			...pageHeaders,
			'cache-control': 'public, max-age=31536000, immutable',
		});
	});

	it('puts the rules under the base path of a project site', () => {
		const based = parseHeadersFile(
			formatHeadersFile({ base: '/notes/', contentSecurityPolicy: 'x' })
		);
		expect(based.map(({ pattern }) => pattern)).toEqual(['/notes/*', '/notes/_astro/*']);
		expect(headersForPath(based, '/blog/').size).toBe(0);
	});
});
