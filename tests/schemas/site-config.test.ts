import { describe, expect, it } from 'vitest';
import {
	defineSiteConfig,
	SiteConfigSchema,
	type SiteConfigInput,
} from '@/content-model/site-config';

const VALID: SiteConfigInput = {
	title: 'Fieldnotes',
	description: 'Notes from the field.',
	url: 'https://example.com',
	locale: 'en-GB',
	timeZone: 'Asia/Dubai',
	author: 'ada-lovelace',
};

/** Calls defineSiteConfig with input the types would reject, as a hand-edited config might be. */
function defineUnchecked(
	input: Record<string, unknown>,
	environment: Record<string, string | undefined> = {}
) {
	return defineSiteConfig(input as SiteConfigInput, environment);
}

function errorMessage(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('Expected the site configuration to be rejected');
}

describe('defineSiteConfig', () => {
	it('returns a valid configuration with every default filled in', () => {
		expect(defineSiteConfig(VALID)).toEqual({
			...VALID,
			hero: 'Notes on building software, and the work around it.',
			sections: {
				blog: { title: 'Blog', description: 'Every article on the site, newest first.' },
				tags: {
					title: 'Tags',
					description: 'Every topic on the blog, with the number of articles on each.',
				},
				caseStudies: {
					title: 'Case studies',
					description: 'Client work: the problem, what was done, and the results in figures.',
				},
				experiments: {
					title: 'Experiments',
					description: 'Small apps and side projects: what they do and where to try them.',
				},
				series: {
					title: 'Series',
					description: 'Articles written in several parts, each series in reading order.',
				},
			},
			navigation: [
				{ label: 'Blog', href: '/blog/' },
				{ label: 'Tags', href: '/tags/' },
			],
			footerLinks: [],
			postsPerPage: 10,
			feedItems: 20,
			relatedArticles: 3,
		});
	});

	it('keeps values the owner set instead of the defaults', () => {
		const config = defineSiteConfig({
			...VALID,
			navigation: [{ label: 'Work', href: '/work/' }],
			postsPerPage: 5,
			relatedArticles: 0,
		});
		expect(config.navigation).toEqual([{ label: 'Work', href: '/work/' }]);
		expect(config.postsPerPage).toBe(5);
		expect(config.relatedArticles).toBe(0);
	});

	it('keeps the default of a section field the owner left out', () => {
		const config = defineSiteConfig({
			...VALID,
			hero: 'Ada writes about engines.',
			sections: { caseStudies: { title: 'Work' } },
		});
		expect(config.hero).toBe('Ada writes about engines.');
		expect(config.sections.caseStudies).toEqual({
			title: 'Work',
			description: 'Client work: the problem, what was done, and the results in figures.',
		});
		expect(config.sections.blog.title).toBe('Blog');
	});

	it('names a misspelled section and an empty hero', () => {
		expect(() =>
			defineUnchecked({ ...VALID, hero: '', sections: { caseStudy: { title: 'Work' } } })
		).toThrow(/hero: Too small[\s\S]*sections: Unrecognized key: "caseStudy"/);
	});

	it('lists every problem with its path in one error', () => {
		expect(() =>
			defineUnchecked({
				...VALID,
				url: 'not a url',
				locale: 'en_GB',
				timeZone: 'Mars/Olympus',
				postsPerPage: 0,
				colour: 'teal',
			})
		).toThrowErrorMatchingInlineSnapshot(`
			[Error: Invalid site configuration in src/site.config.ts (5 problems):
			  - url: Invalid URL
			  - locale: is not a valid BCP 47 locale such as "en-GB"
			  - timeZone: is not an IANA time zone such as "Europe/London"
			  - postsPerPage: Too small: expected number to be >=1
			  - unknown setting "colour": check the spelling; the settings are title, description, url, locale, timeZone, author, hero, sections, navigation, footerLinks, newsletter, postsPerPage, feedItems, relatedArticles, editLink, comments, analytics]
		`);
	});

	it('names the path of each problem, including nested fields and list items', () => {
		const message = errorMessage(() =>
			defineUnchecked({
				...VALID,
				url: 'not a url',
				locale: 'en_GB',
				timeZone: 'Mars/Olympus',
				postsPerPage: 0,
				colour: 'teal',
				author: 'content/authors/ada.yaml',
				navigation: [{ label: 'Blog', href: 'blog' }],
			})
		);
		expect(message).toMatch(/^Invalid site configuration in src\/site\.config\.ts \(7 problems\):/);
		expect(message).toMatch(/^ {2}- url: /m);
		expect(message).toMatch(/^ {2}- locale: is not a valid BCP 47 locale such as "en-GB"$/m);
		expect(message).toMatch(/^ {2}- timeZone: is not an IANA time zone such as "Europe\/London"$/m);
		expect(message).toMatch(/^ {2}- postsPerPage: .*>=1/m);
		expect(message).toMatch(
			/^ {2}- unknown setting "colour": check the spelling; the settings are title, /m
		);
		expect(message).toMatch(
			/^ {2}- author: must be the file name of an author in content\/authors\/, without \.yaml$/m
		);
		expect(message).toMatch(
			/^ {2}- navigation\.0\.href: must start with "\/", "http\(s\):\/\/" or "mailto:"$/m
		);
	});

	it('says "1 problem" for a single problem', () => {
		expect(errorMessage(() => defineUnchecked({ ...VALID, postsPerPage: 101 }))).toMatch(
			/\(1 problem\):\n {2}- postsPerPage: /
		);
	});

	it('reports a missing required field by name', () => {
		const withoutTitle = Object.fromEntries(
			Object.entries(VALID).filter(([key]) => key !== 'title')
		);
		expect(errorMessage(() => defineUnchecked(withoutTitle))).toMatch(/^ {2}- title: /m);
	});

	it('rejects a site URL that is not http or https', () => {
		expect(errorMessage(() => defineUnchecked({ ...VALID, url: 'ftp://example.com' }))).toMatch(
			/^ {2}- url: /m
		);
		expect(() => defineSiteConfig({ ...VALID, url: 'http://localhost:4321' })).not.toThrow();
	});

	it('accepts a site URL with a path (a GitHub Pages project site) but not a query or fragment', () => {
		expect(defineSiteConfig({ ...VALID, url: 'https://layla.github.io/notes/' }).url).toBe(
			'https://layla.github.io/notes/'
		);
		expect(() => defineSiteConfig({ ...VALID, url: 'https://example.com/?s=1' })).toThrow(
			'url: must not contain "?" or "#"'
		);
	});

	it('takes the site URL from FIELDNOTES_SITE_URL when it is set', () => {
		const environment = { FIELDNOTES_SITE_URL: 'https://layla.github.io/notes/' };
		expect(defineSiteConfig(VALID, environment).url).toBe('https://layla.github.io/notes/');
		expect(defineSiteConfig(VALID, { FIELDNOTES_SITE_URL: '' }).url).toBe(VALID.url);
	});

	it('names FIELDNOTES_SITE_URL when its value is the invalid one', () => {
		expect(() => defineSiteConfig(VALID, { FIELDNOTES_SITE_URL: 'ftp://example.com' })).toThrow(
			'url (from FIELDNOTES_SITE_URL): '
		);
	});

	it('blames only the url on FIELDNOTES_SITE_URL, not the other problems', () => {
		expect(
			errorMessage(() =>
				defineUnchecked(
					{ ...VALID, postsPerPage: 0 },
					{ FIELDNOTES_SITE_URL: 'https://layla.github.io/notes/' }
				)
			)
		).toBe(
			'Invalid site configuration in src/site.config.ts (1 problem):\n  - postsPerPage: Too small: expected number to be >=1'
		);
	});

	it('names every unknown setting in one line', () => {
		expect(errorMessage(() => defineUnchecked({ ...VALID, colour: 'teal', font: 'serif' }))).toBe(
			'Invalid site configuration in src/site.config.ts (1 problem):\n  - unknown settings "colour", "font": check the spelling; the settings are title, description, url, locale, timeZone, author, hero, sections, navigation, footerLinks, newsletter, postsPerPage, feedItems, relatedArticles, editLink, comments, analytics'
		);
	});

	it('rejects fractional and out-of-range counts', () => {
		const message = errorMessage(() =>
			defineUnchecked({ ...VALID, postsPerPage: 2.5, relatedArticles: 7 })
		);
		expect(message).toMatch(/^ {2}- postsPerPage: /m);
		expect(message).toMatch(/^ {2}- relatedArticles: /m);
	});

	it('caps each feed at 20 articles unless the owner sets a count or "all"', () => {
		expect(defineSiteConfig(VALID).feedItems).toBe(20);
		expect(defineSiteConfig({ ...VALID, feedItems: 1 }).feedItems).toBe(1);
		expect(defineSiteConfig({ ...VALID, feedItems: 'all' }).feedItems).toBe('all');
	});

	it('rejects a feed size that is not a whole number of articles or "all"', () => {
		expect(errorMessage(() => defineUnchecked({ ...VALID, feedItems: 0 }))).toMatch(
			/\(1 problem\):\n {2}- feedItems: Too small: expected number to be >=1$/
		);
		for (const feedItems of [2.5, 'none', 'ALL', null]) {
			expect(
				errorMessage(() => defineUnchecked({ ...VALID, feedItems })),
				String(feedItems)
			).toMatch(
				/\(1 problem\):\n {2}- feedItems: must be a whole number of articles, 1 or more, or "all"$/
			);
		}
	});

	it('rejects unknown keys inside nested objects too', () => {
		expect(
			errorMessage(() =>
				defineUnchecked({ ...VALID, navigation: [{ label: 'Blog', href: '/blog/', icon: 'b' }] })
			)
		).toMatch(/^ {2}- navigation\.0: .*"icon"/m);
	});

	it('has no edit link unless the owner sets one', () => {
		expect(defineSiteConfig(VALID).editLink).toBeUndefined();
		const baseUrl = 'https://github.com/owner/repo/edit/main/';
		expect(defineSiteConfig({ ...VALID, editLink: { baseUrl } }).editLink).toEqual({ baseUrl });
	});

	it('rejects an edit link base that is not an http(s) URL', () => {
		for (const baseUrl of ['github.com/owner/repo/edit/main/', 'ftp://example.com/edit/']) {
			expect(
				errorMessage(() => defineUnchecked({ ...VALID, editLink: { baseUrl } })),
				baseUrl
			).toMatch(/\(1 problem\):\n {2}- editLink\.baseUrl: Invalid URL$/);
		}
	});

	it('rejects an edit link base with a query or fragment, which the file path cannot follow', () => {
		expect(
			errorMessage(() =>
				defineUnchecked({ ...VALID, editLink: { baseUrl: 'https://example.com/edit?path=' } })
			)
		).toMatch(
			/^ {2}- editLink\.baseUrl: must not contain "\?" or "#": the file path is appended to it$/m
		);
	});

	it('rejects an edit link without a base URL or with unknown keys', () => {
		const missing = errorMessage(() => defineUnchecked({ ...VALID, editLink: {} }));
		expect(missing).toMatch(/^ {2}- editLink\.baseUrl: /m);
		const unknown = errorMessage(() =>
			defineUnchecked({
				...VALID,
				editLink: { baseUrl: 'https://github.com/o/r/edit/main/', branch: 'main' },
			})
		);
		expect(unknown).toMatch(/^ {2}- editLink: .*"branch"/m);
	});

	it('accepts any valid IANA time zone and BCP 47 locale', () => {
		expect(() =>
			defineSiteConfig({ ...VALID, locale: 'ja-JP', timeZone: 'America/New_York' })
		).not.toThrow();
		expect(() =>
			defineSiteConfig({ ...VALID, locale: 'zh-Hant-TW', timeZone: 'UTC' })
		).not.toThrow();
	});
});

describe('SiteConfigSchema', () => {
	it('is strict, so a misspelt key fails instead of being ignored', () => {
		const result = SiteConfigSchema.safeParse({ ...VALID, postPerPage: 5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ code: 'unrecognized_keys', keys: ['postPerPage'], path: [] }),
		]);
	});
});

describe('SiteConfigSchema of something that is not an object', () => {
	it('says an object is expected', () => {
		const result = SiteConfigSchema.safeParse('https://example.com');
		expect(result.error?.issues.map(({ message }) => message)).toEqual([
			'Invalid input: expected object, received string',
		]);
	});
});

describe('comments and analytics settings', () => {
	const COMMENTS = {
		repo: 'ada/comments',
		repoId: 'R_1',
		category: 'Comments',
		categoryId: 'DIC_1',
	};

	it('are off unless set', () => {
		const config = defineSiteConfig(VALID);
		expect(config.comments).toBeUndefined();
		expect(config.analytics).toBeUndefined();
	});

	it('fill in giscus defaults: pathname mapping, strict, reactions, the box below, English, light and dark', () => {
		expect(defineSiteConfig({ ...VALID, comments: COMMENTS }).comments).toEqual({
			...COMMENTS,
			mapping: 'pathname',
			strict: true,
			reactions: true,
			inputPosition: 'bottom',
			lang: 'en',
			themes: { light: 'light', dark: 'dark' },
		});
	});

	it('name each wrong comments or analytics field', () => {
		expect(() =>
			defineUnchecked({
				...VALID,
				comments: { ...COMMENTS, repo: 'just-a-name', mapping: 'number' },
				analytics: {
					scriptUrl: 'http://stats.example.com/script.js',
					attributes: { domain: 'example.com' },
					connectOrigins: ['https://stats.example.com/api'],
				},
			})
		).toThrowErrorMatchingInlineSnapshot(`
			[Error: Invalid site configuration in src/site.config.ts (5 problems):
			  - comments.repo: must be a repository as owner/name
			  - comments.mapping: Invalid option: expected one of "pathname"|"url"|"title"|"og:title"
			  - analytics.scriptUrl: must be an https:// URL
			  - analytics.attributes: must be data-* attributes, such as { "data-domain": "example.com" }
			  - analytics.connectOrigins.0: must be an origin, such as https://example.goatcounter.com, without a path]
		`);
	});

	it('accepts only data-* attributes, each of them', () => {
		const analytics = (attributes: Record<string, string>) =>
			errorMessage(() =>
				defineUnchecked({
					...VALID,
					analytics: { scriptUrl: 'https://plausible.io/js/script.js', attributes },
				})
			);
		const refused =
			'Invalid site configuration in src/site.config.ts (1 problem):\n  - analytics.attributes: must be data-* attributes, such as { "data-domain": "example.com" }';
		expect(analytics({ 'data-domain': 'example.com', 'data-siteId': '1' })).toBe(refused);
		expect(analytics({ 'x-data-domain': 'example.com' })).toBe(refused);
		expect(
			defineSiteConfig({
				...VALID,
				analytics: {
					scriptUrl: 'https://plausible.io/js/script.js',
					attributes: { 'data-domain': 'example.com', 'data-api': 'https://example.com/e' },
				},
			}).analytics?.attributes
		).toEqual({ 'data-domain': 'example.com', 'data-api': 'https://example.com/e' });
	});

	it('accepts a connect origin written with a trailing slash', () => {
		const analytics = {
			scriptUrl: 'https://gc.zgo.at/count.js',
			connectOrigins: ['https://layla.goatcounter.com/'],
		};
		expect(defineSiteConfig({ ...VALID, analytics }).analytics?.connectOrigins).toEqual([
			'https://layla.goatcounter.com/',
		]);
	});
});

describe('FIELDNOTES_SITE_CONFIG', () => {
	it('replaces the settings it names for one build, and null removes an optional one', () => {
		const input = {
			...VALID,
			postsPerPage: 5,
			editLink: { baseUrl: 'https://github.com/a/b/edit/main/' },
		};
		const config = defineSiteConfig(input, {
			FIELDNOTES_SITE_CONFIG: '{"postsPerPage": 20, "editLink": null}',
		});
		expect(config.postsPerPage).toBe(20);
		expect(config.editLink).toBeUndefined();
		expect(config.title).toBe(VALID.title);
	});

	it('says which problems come from the variable, and refuses what is not a JSON object', () => {
		expect(
			errorMessage(() => defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: '{"postsPerPage": 0}' }))
		).toContain('  - postsPerPage (from FIELDNOTES_SITE_CONFIG): Too small');
		expect(
			errorMessage(() => defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: '{postsPerPage: 1}' }))
		).toMatch(
			/^FIELDNOTES_SITE_CONFIG is not valid JSON \(.+\): set it to an object of settings, such as \{"analytics": null\}\.$/
		);
		expect(errorMessage(() => defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: '[1]' }))).toBe(
			'FIELDNOTES_SITE_CONFIG must be a JSON object of settings, such as {"analytics": null}.'
		);
	});

	it('changes nothing when it is set but blank', () => {
		expect(defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: '  ' })).toEqual(
			defineSiteConfig(VALID)
		);
	});

	it('keeps the JSON error as the cause of its message', () => {
		let caught: unknown;
		try {
			defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: '{postsPerPage: 1}' });
		} catch (error) {
			caught = error;
		}
		expect((caught as Error).cause).toBeInstanceOf(SyntaxError);
	});

	it('refuses JSON that is a number, a text or null', () => {
		for (const json of ['5', '"analytics"', 'null']) {
			expect(errorMessage(() => defineSiteConfig(VALID, { FIELDNOTES_SITE_CONFIG: json }))).toBe(
				'FIELDNOTES_SITE_CONFIG must be a JSON object of settings, such as {"analytics": null}.'
			);
		}
	});
});
