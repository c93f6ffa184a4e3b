import { z } from 'astro/zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '@/content-model/article';

type SchemaContext = Parameters<typeof articleSchema>[0];

// Astro's image() checks the file on disk; a string stands in for it here.
const context = { image: () => z.string() } as unknown as SchemaContext;
let schema: ReturnType<typeof articleSchema>;
// Built before each test, not once on import: mutation testing switches a change on per test.
beforeEach(() => {
	schema = articleSchema(context, { timeZone: 'Asia/Dubai' });
});

const MINIMAL = {
	title: 'TypeScript tips',
	description: 'Small habits that catch bugs early.',
	pubDate: '2026-05-13',
};

function issuesOf(input: Record<string, unknown>) {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('Expected the frontmatter to be rejected');
	return result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** Asserts that `input` fails with exactly one issue, at `path`, whose message matches `message`. */
function expectOneIssue(input: Record<string, unknown>, path: PropertyKey[], message: RegExp) {
	const issues = issuesOf(input);
	expect(issues.map((issue) => issue.path)).toEqual([path]);
	expect(issues[0]?.message).toMatch(message);
}

function without(input: Record<string, unknown>, key: string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(input).filter(([name]) => name !== key));
}

describe('articleSchema', () => {
	it('fills in the defaults of a minimal article', () => {
		expect(schema.parse(MINIMAL)).toEqual({
			title: 'TypeScript tips',
			description: 'Small habits that catch bugs early.',
			pubDate: new Date('2026-05-12T20:00:00.000Z'),
			tags: [],
			draft: false,
			aliases: [],
		});
	});

	it('accepts old URLs as aliases and rejects paths that are not site paths with a trailing slash', () => {
		expect(schema.parse({ ...MINIMAL, aliases: ['/blog/old-name/'] }).aliases).toEqual([
			'/blog/old-name/',
		]);
		for (const alias of ['blog/old-name/', '/blog/old-name', 'https://example.com/x/', '/a b/']) {
			const result = schema.safeParse({ ...MINIMAL, aliases: [alias] });
			expect(result.success, alias).toBe(false);
			expect(result.error?.issues[0]?.path).toEqual(['aliases', 0]);
		}
	});

	it('says how to write an alias, and reports its folder rules as custom issues', () => {
		const issues = (alias: string) =>
			schema
				.safeParse({ ...MINIMAL, aliases: [alias] })
				.error?.issues.map(({ code, path, message }) => ({ code, path, message }));
		expect(issues('/blog/old-name')).toEqual([
			{
				code: 'invalid_format',
				path: ['aliases', 0],
				message: 'must be a site path with a trailing slash, such as "/blog/old-slug/"',
			},
		]);
		expect(issues('/blog/../about/')).toEqual([
			{
				code: 'custom',
				path: ['aliases', 0],
				message: 'must not contain "." or ".." segments: write the path it leads to',
			},
		]);
		expect(issues('/_astro/old/')).toEqual([
			{
				code: 'custom',
				path: ['aliases', 0],
				message: '/_astro/old/ is inside /_astro/, where the build writes its own files: remove it',
			},
		]);
	});

	it('reads `series` as a reference to content/series/ by id, and rejects anything but an id', () => {
		expect(schema.parse({ ...MINIMAL, series: 'queues' }).series).toEqual({
			collection: 'series',
			id: 'queues',
		});
		expectOneIssue({ ...MINIMAL, series: ['queues'] }, ['series'], /expected string/);
		expectOneIssue({ ...MINIMAL, series: '  ' }, ['series'], /must not be empty/);
	});

	it('trims the title and description', () => {
		const article = schema.parse({ ...MINIMAL, title: '  Tips  ', description: ' Short. ' });
		expect([article.title, article.description]).toEqual(['Tips', 'Short.']);
	});

	it('reports a missing title at the title path', () => {
		expectOneIssue(without(MINIMAL, 'title'), ['title'], /expected string/);
	});

	it('reports a blank title as empty', () => {
		expect(issuesOf({ ...MINIMAL, title: '   ' })).toEqual([
			{ path: ['title'], message: 'must not be empty' },
		]);
	});

	it('explains how to write a date it cannot read', () => {
		expect(issuesOf({ ...MINIMAL, pubDate: 'next Tuesday' })).toEqual([
			{
				path: ['pubDate'],
				message:
					'"next Tuesday" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
			},
		]);
	});

	it('rejects dates in other formats that JavaScript would guess at', () => {
		for (const pubDate of ['05/13/2026', 'May 13, 2026', '2026-5-13']) {
			expectOneIssue({ ...MINIMAL, pubDate }, ['pubDate'], /is not a date/);
		}
	});

	it('rejects a day that is not in the calendar instead of rolling it into the next month', () => {
		expectOneIssue(
			{ ...MINIMAL, pubDate: '2026-02-30' },
			['pubDate'],
			/^"2026-02-30" is not a date: write it as 2026-05-13/
		);
	});

	it('rejects a date-time without a UTC offset, which would depend on the build machine', () => {
		expect(issuesOf({ ...MINIMAL, pubDate: '2026-05-13T09:30:00' })).toEqual([
			{
				path: ['pubDate'],
				message:
					'"2026-05-13T09:30:00" has no UTC offset: write it as 2026-05-13T09:30:00+04:00, or end it with Z for UTC',
			},
		]);
	});

	it('rejects an invalid Date object and values that are neither dates nor strings', () => {
		for (const pubDate of [new Date('nope'), 20260513, null]) {
			expectOneIssue({ ...MINIMAL, pubDate }, ['pubDate'], /./);
		}
	});

	it('names an unknown field and suggests the nearest allowed one', () => {
		expect(issuesOf({ ...MINIMAL, tag: ['web'] })).toMatchInlineSnapshot(`
			[
			  {
			    "message": "unknown field \`tag\`: did you mean \`tags\`?",
			    "path": [],
			  },
			]
		`);
	});

	it('names every unknown field at once', () => {
		const [issue] = issuesOf({ ...MINIMAL, tag: ['web'], pubdate: '2026-05-13' });
		expect(issue?.message).toBe(
			'unknown field `tag`: did you mean `tags`?; unknown field `pubdate`: did you mean `pubDate`?'
		);
	});

	it('lists the allowed fields when no field is near the unknown one', () => {
		expect(issuesOf({ ...MINIMAL, category: 'notes' })[0]?.message).toBe(
			'unknown field `category`: allowed fields are title, description, pubDate, updatedDate, tags, draft, cover, coverAlt, author, cta, series, canonicalURL, aliases'
		);
	});

	it('requires alternative text when a cover is set', () => {
		expect(issuesOf({ ...MINIMAL, cover: './cover.png' })).toEqual([
			{
				path: ['coverAlt'],
				message: 'is required when cover is set: describe the image for readers who cannot see it',
			},
		]);
		expect(schema.parse({ ...MINIMAL, cover: './cover.png', coverAlt: 'A chart' }).coverAlt).toBe(
			'A chart'
		);
	});

	it('rejects an updated date before the publication date', () => {
		expect(issuesOf({ ...MINIMAL, updatedDate: '2026-05-12' })).toEqual([
			{ path: ['updatedDate'], message: 'must not be before pubDate' },
		]);
		// A custom issue, like the other rules of the content model (the doctor reads the code).
		expect(schema.safeParse({ ...MINIMAL, updatedDate: '2026-05-12' }).error?.issues[0]?.code).toBe(
			'custom'
		);
	});

	it('accepts an updated date on the publication day or later', () => {
		expect(schema.parse({ ...MINIMAL, updatedDate: '2026-05-13' }).updatedDate).toEqual(
			new Date('2026-05-12T20:00:00.000Z')
		);
		expect(schema.parse({ ...MINIMAL, updatedDate: '2026-06-01' }).updatedDate).toEqual(
			new Date('2026-05-31T20:00:00.000Z')
		);
	});

	it('reports every problem of an article, not only the first', () => {
		const paths = issuesOf({
			description: 'x',
			pubDate: 'soon',
			tags: ['ok', '!!!'],
			canonicalURL: 'not a url',
		}).map(({ path }) => path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['title', 'pubDate', 'tags.1', 'canonicalURL']));
		expect(paths).toHaveLength(4);
	});

	it('starts a date-only pubDate that YAML parsed to UTC midnight at midnight in the site time zone', () => {
		const article = schema.parse({ ...MINIMAL, pubDate: new Date('2026-05-13T00:00:00.000Z') });
		expect(article.pubDate.toISOString()).toBe('2026-05-12T20:00:00.000Z');
	});

	it('starts a date-only pubDate string at midnight in the site time zone', () => {
		expect(schema.parse({ ...MINIMAL, pubDate: '2026-05-13' }).pubDate.toISOString()).toBe(
			'2026-05-12T20:00:00.000Z'
		);
	});

	it('uses the time zone it was given', () => {
		const newYork = articleSchema(context, { timeZone: 'America/New_York' });
		expect(newYork.parse(MINIMAL).pubDate.toISOString()).toBe('2026-05-13T04:00:00.000Z');
	});

	it('keeps a full date-time with an offset exactly as written', () => {
		expect(
			schema.parse({ ...MINIMAL, pubDate: '2026-05-13T09:30:00+04:00' }).pubDate.toISOString()
		).toBe('2026-05-13T05:30:00.000Z');
		expect(
			schema.parse({ ...MINIMAL, pubDate: '2026-05-13T09:30:00Z' }).pubDate.toISOString()
		).toBe('2026-05-13T09:30:00.000Z');
	});

	it('keeps a Date that YAML parsed from a date-time that is not at UTC midnight', () => {
		const pubDate = new Date('2026-05-13T05:30:00.000Z');
		expect(schema.parse({ ...MINIMAL, pubDate }).pubDate).toEqual(pubDate);
	});

	it('trims tags and keeps their spelling', () => {
		expect(schema.parse({ ...MINIMAL, tags: [' TypeScript ', 'web'] }).tags).toEqual([
			'TypeScript',
			'web',
		]);
	});

	it('rejects a tag with no letters or digits', () => {
		expect(issuesOf({ ...MINIMAL, tags: ['web', '!!!'] })).toEqual([
			{ path: ['tags', 1], message: 'must contain a letter or a digit' },
		]);
		expect(issuesOf({ ...MINIMAL, tags: ['   '] })).toEqual([
			{ path: ['tags', 0], message: 'must contain a letter or a digit' },
		]);
	});

	it('accepts a tag in any script', () => {
		expect(schema.parse({ ...MINIMAL, tags: ['日本語', 'C++'] }).tags).toEqual(['日本語', 'C++']);
	});

	it('rejects a canonical URL that is not a URL', () => {
		expectOneIssue({ ...MINIMAL, canonicalURL: 'example.com/post' }, ['canonicalURL'], /./);
		expect(schema.parse({ ...MINIMAL, canonicalURL: 'https://dev.to/ada/post' }).canonicalURL).toBe(
			'https://dev.to/ada/post'
		);
	});

	it('accepts only http and https canonical URLs, which reach rel=canonical, og:url and JSON-LD', () => {
		for (const canonicalURL of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'ftp://example.com/post',
			'mailto:ada@example.com',
		]) {
			expectOneIssue(
				{ ...MINIMAL, canonicalURL },
				['canonicalURL'],
				/^must be an http:\/\/ or https:\/\/ URL/
			);
		}
		expect(schema.parse({ ...MINIMAL, canonicalURL: 'http://example.com/p' }).canonicalURL).toBe(
			'http://example.com/p'
		);
	});

	it('refuses aliases with "." or ".." segments, which would leave their folder', () => {
		for (const alias of ['/blog/../about/', '/./old/', '/../', '/blog/./x/']) {
			expectOneIssue(
				{ ...MINIMAL, aliases: [alias] },
				['aliases', 0],
				/^must not contain "\." or "\.\." segments/
			);
		}
		expect(schema.parse({ ...MINIMAL, aliases: ['/blog/v1.2/', '/.well/'] }).aliases).toEqual([
			'/blog/v1.2/',
			'/.well/',
		]);
	});

	it('refuses aliases into the folders the build writes itself', () => {
		for (const [alias, folder] of [
			['/_astro/old/', '/_astro/'],
			['/pagefind/', '/pagefind/'],
			['/social-cards/blog/old/', '/social-cards/'],
		] as const) {
			expectOneIssue(
				{ ...MINIMAL, aliases: [alias] },
				['aliases', 0],
				new RegExp(`^${alias} is inside ${folder}, where the build writes its own files`)
			);
		}
	});

	it('suggests the nearest field name for a misspelled field', () => {
		expect(issuesOf({ ...MINIMAL, updatedDat: '2026-05-14' })).toEqual([
			{ path: [], message: 'unknown field `updatedDat`: did you mean `updatedDate`?' },
		]);
	});

	it('reads draft as a boolean', () => {
		expect(schema.parse({ ...MINIMAL, draft: true }).draft).toBe(true);
		expectOneIssue({ ...MINIMAL, draft: 'yes' }, ['draft'], /./);
	});
});
