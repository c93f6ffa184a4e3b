import { describe, expect, it } from 'vitest';
import {
	formatHeadersFile,
	IMMUTABLE_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '@/features/security-headers/headers-file';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file';

describe('formatHeadersFile', () => {
	const file = formatHeadersFile({ base: '/', contentSecurityPolicy: "default-src 'self'" });
	const rules = parseHeadersFile(file);

	it('sends the policy and the security headers with every path', () => {
		const headers = headersForPath(rules, '/blog/a/');
		expect(headers.get('content-security-policy')).toBe("default-src 'self'");
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(headers.get(name.toLowerCase())).toBe(value);
		}
	});

	it('caches _astro/ for a year without a second Cache-Control joined to it', () => {
		expect(headersForPath(rules, '/_astro/a.B1x.js').get('cache-control')).toBe(
			IMMUTABLE_CACHE_CONTROL
		);
		expect(headersForPath(rules, '/index.html').get('cache-control')).toBeUndefined();
	});

	it('puts the rules under the base path of a project site', () => {
		const based = parseHeadersFile(
			formatHeadersFile({ base: '/notes/', contentSecurityPolicy: 'x' })
		);
		expect(based.map(({ pattern }) => pattern)).toEqual(['/notes/*', '/notes/_astro/*']);
		expect(headersForPath(based, '/blog/').size).toBe(0);
	});

	it('writes comment lines, a blank line between rules and a final newline', () => {
		expect(file).toMatch(/^# /);
		expect(file).toContain('\n\n/_astro/*\n');
		expect(file.endsWith('\n')).toBe(true);
	});
});
