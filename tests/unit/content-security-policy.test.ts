import { describe, expect, it } from 'vitest';
import {
	formatPolicy,
	mergePolicies,
	pagePolicyDirectives,
	parsePolicy,
	sha256Hash,
} from '@/features/security-headers/content-security-policy';

describe('sha256Hash', () => {
	it('gives the base64 SHA-256 of the exact text, as browsers compute it for inline scripts', () => {
		expect(sha256Hash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(sha256Hash("alert('Hello, world.');")).toBe(
			'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
		);
	});
});

describe('parsePolicy and formatPolicy', () => {
	it('read directives with their sources and write them back', () => {
		const policy = "default-src 'self'; img-src 'self' data:;  Script-Src 'self' 'sha256-x='";
		const directives = parsePolicy(policy);
		expect([...directives]).toEqual([
			['default-src', ["'self'"]],
			['img-src', ["'self'", 'data:']],
			['script-src', ["'self'", "'sha256-x='"]],
		]);
		expect(formatPolicy(directives)).toBe(
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-x='"
		);
	});
});

describe('mergePolicies', () => {
	it('joins the sources of each directive without repeating any, in the order first seen', () => {
		expect(
			mergePolicies([
				"script-src 'self' 'sha256-a='; style-src 'self'",
				"script-src 'self' 'sha256-b=' 'sha256-a='",
				"frame-ancestors 'none'",
			])
		).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'; frame-ancestors 'none'");
	});

	it('gives the same policy for one page as that page has', () => {
		const policy = "default-src 'self'; script-src 'self' 'sha256-a='";
		expect(mergePolicies([policy])).toBe(policy);
	});
});

describe('pagePolicyDirectives', () => {
	it("allows only the site's own origin, and lets forms post to the given origins too", () => {
		expect(pagePolicyDirectives()).toEqual([
			"default-src 'self'",
			"base-uri 'self'",
			"form-action 'self'",
			"object-src 'none'",
		]);
		expect(pagePolicyDirectives(['https://buttondown.com'])).toContain(
			"form-action 'self' https://buttondown.com"
		);
	});
});
