import { describe, expect, it } from 'vitest';
import {
	formatPolicy,
	headerPolicies,
	matchesPathPattern,
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

describe('matchesPathPattern', () => {
	it('takes a page and its index.html, or everything below a folder', () => {
		expect(matchesPathPattern('/search/', '/search/')).toBe(true);
		expect(matchesPathPattern('/search/', '/search/index.html')).toBe(true);
		expect(matchesPathPattern('/search/', '/search/2/')).toBe(false);
		expect(matchesPathPattern('/pagefind/*', '/pagefind/pagefind.js')).toBe(true);
		expect(matchesPathPattern('/pagefind/*', '/pagefinder/')).toBe(false);
	});
});

describe('headerPolicies', () => {
	const site = "default-src 'self'; script-src 'self' 'sha256-a='";
	const search = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='";
	const wasm = {
		paths: ['/search/', '/pagefind/*'],
		directives: { 'script-src': ["'wasm-unsafe-eval'"] },
	};
	const pages = new Map([
		['/', site],
		['/blog/', site],
		['/search/', search],
	]);

	it("gives every path the site's policy, and the paths of a path policy theirs as well", () => {
		const { site: sitePolicy, paths } = headerPolicies(pages, [wasm], ["frame-ancestors 'none'"]);
		expect(sitePolicy).toBe(`${site}; frame-ancestors 'none'`);
		expect(paths).toEqual([
			{
				pattern: '/search/',
				policy:
					"default-src 'self'; script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'; frame-ancestors 'none'",
			},
			{
				pattern: '/pagefind/*',
				policy:
					"default-src 'self'; script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'; frame-ancestors 'none'",
			},
		]);
	});

	it('puts a pattern after the patterns that contain it, with their sources too', () => {
		const framed = { paths: ['/blog/*'], directives: { 'frame-src': ['https://giscus.app'] } };
		const one = { paths: ['/blog/one/'], directives: { 'img-src': ['https:'] } };
		const { paths } = headerPolicies(
			new Map([
				['/', site],
				['/blog/', `${site}; frame-src https://giscus.app`],
				['/blog/one/', `${site}; frame-src https://giscus.app; img-src https:`],
			]),
			[one, framed],
			[]
		);
		expect(paths.map(({ pattern }) => pattern)).toEqual(['/blog/*', '/blog/one/']);
		expect(paths[1]?.policy).toBe(`${site}; img-src https:; frame-src https://giscus.app`);
	});

	it('fails naming each page whose <meta> allows other sources than its header', () => {
		// A page that needs more than the site's policy without saying so in a path policy.
		expect(() => headerPolicies(pages, [], [])).toThrow(
			/^2 page\(s\) have a <meta>[^\n]*\n\/: script-src 'wasm-unsafe-eval' only in the header\n\/blog\/: /
		);
		// A page under a path policy may allow less than its header, never more.
		expect(() => headerPolicies(new Map([...pages, ['/search/', site]]), [wasm], [])).not.toThrow();
		expect(() =>
			headerPolicies(new Map([...pages, ['/search/', `${site}; img-src https:`]]), [wasm], [])
		).toThrow('/search/: img-src https: only in the page');
	});

	it("lets a page's header hold hashes of other pages' styles, which allow nothing else", () => {
		const styled = `${site}; style-src 'self' 'sha256-b='`;
		const { site: sitePolicy } = headerPolicies(
			new Map([
				['/', styled],
				['/redirect/', `${site}; style-src 'self'`],
			]),
			[],
			[]
		);
		expect(sitePolicy).toBe(styled);
	});
});
