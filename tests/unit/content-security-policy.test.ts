import { describe, expect, it } from 'vitest';
import {
	applyPathPolicy,
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

describe('parsePolicy', () => {
	it('reads sources split by several spaces and skips an empty directive', () => {
		expect([...parsePolicy("img-src  'self'   data:; ;default-src 'self';")]).toEqual([
			['img-src', ["'self'", 'data:']],
			['default-src', ["'self'"]],
		]);
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

	it("takes a file's path alone, without an index.html after it", () => {
		expect(matchesPathPattern('/feed.json', '/feed.json')).toBe(true);
		expect(matchesPathPattern('/feed.json', '/feed.jsonindex.html')).toBe(false);
		expect(matchesPathPattern('/feed.json', '/feed.json/index.html')).toBe(false);
	});
});

describe('applyPathPolicy', () => {
	it('does nothing for a page rendered without a policy, as in the dev server', () => {
		expect(() =>
			applyPathPolicy(undefined, { paths: ['/search/'], directives: { 'img-src': ['data:'] } })
		).not.toThrow();
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
			headerPolicies(new Map([...pages, ['/search/', `${site}; img-src https: data:`]]), [wasm], [])
		).toThrow('/search/: img-src https: data: only in the page');
	});

	it('orders patterns of the same reach by name, whatever order the path policies give', () => {
		const photos = { paths: ['/photos/'], directives: { 'img-src': ['https://images.example'] } };
		const talks = { paths: ['/talks/*'], directives: { 'media-src': ['https://video.example'] } };
		const search = { paths: ['/search/'], directives: { 'script-src': ["'wasm-unsafe-eval'"] } };
		const pages = new Map([
			['/', site],
			['/search/', `${site}; script-src 'wasm-unsafe-eval'`],
			['/photos/', `${site}; img-src https://images.example`],
		]);
		for (const pathPolicies of [
			[search, photos, talks],
			[talks, photos, search],
		]) {
			const { paths } = headerPolicies(pages, pathPolicies, []);
			expect(paths).toEqual([
				{ pattern: '/talks/*', policy: `${site}; media-src https://video.example` },
				{ pattern: '/photos/', policy: `${site}; img-src https://images.example` },
				{
					pattern: '/search/',
					policy: "default-src 'self'; script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'",
				},
			]);
		}
	});

	it("puts a page after its folder's pattern, and gives it both policies' sources", () => {
		const framed = { paths: ['/blog/*'], directives: { 'frame-src': ['https://giscus.app'] } };
		const index = {
			paths: ['/blog/'],
			directives: { 'img-src': ['https:'], 'media-src': ['https://video.example'] },
		};
		const { paths } = headerPolicies(
			new Map([
				['/', site],
				['/blog/', `${site}; img-src https:; media-src https://video.example`],
			]),
			[index, framed],
			[]
		);
		expect(paths).toEqual([
			{ pattern: '/blog/*', policy: `${site}; frame-src https://giscus.app` },
			{
				pattern: '/blog/',
				policy: `${site}; img-src https:; media-src https://video.example; frame-src https://giscus.app`,
			},
		]);
	});

	it('names every difference of a page, and at most ten pages of many', () => {
		const pages = new Map([
			['/', site],
			['/about/', `${site}; img-src https: data:; media-src https://video.example`],
			...Array.from({ length: 11 }, (_, index) => [`/page-${index}/`, site] as const),
		]);
		const difference =
			'img-src https: data: only in the header; media-src https://video.example only in the header';
		let message = '';
		try {
			headerPolicies(pages, [], []);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message.split('\n')).toEqual([
			'12 page(s) have a <meta> Content-Security-Policy that differs from the header their path gets:',
			`/: ${difference}`,
			...Array.from({ length: 9 }, (_, index) => `/page-${index}/: ${difference}`),
			"A page that needs more than the site's policy declares it in a PathPolicy (see src/features/security-headers/content-security-policy.ts), applied to the page with applyPathPolicy and given to securityHeaders() in astro.config.ts.",
		]);
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
