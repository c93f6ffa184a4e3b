import { z } from 'astro/zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '@/content-model/article';
import {
	authorSchema,
	caseStudySchema,
	experimentSchema,
	pageSchema,
	serviceSchema,
} from '@/content-model/portfolio';

type SchemaContext = Parameters<typeof caseStudySchema>[0];

// Astro's image() checks the file on disk; a string stands in for it here.
const context = { image: () => z.string() } as unknown as SchemaContext;
const timeZone = 'Asia/Dubai';

function messagesOf(schema: z.ZodType, input: unknown): string[] {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('Expected the frontmatter to be rejected');
	return result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
}

const CASE_STUDY = {
	title: 'Payments platform rebuild',
	description: 'Moving a card processor off a monolith without a freeze.',
	pubDate: '2026-03-01',
	client: 'Northwind Pay',
	industry: 'Fintech',
	role: 'Fractional CTO',
	period: { start: '2025-06-01', end: '2026-02-01' },
};

describe('caseStudySchema', () => {
	let schema: ReturnType<typeof caseStudySchema>;
	// Built before each test, not once on import: mutation testing switches a change on per test.
	beforeEach(() => {
		schema = caseStudySchema(context, { timeZone });
	});

	it('fills in the defaults and reads the period in the site time zone', () => {
		expect(schema.parse(CASE_STUDY)).toEqual({
			...CASE_STUDY,
			pubDate: new Date('2026-02-28T20:00:00.000Z'),
			period: {
				start: new Date('2025-05-31T20:00:00.000Z'),
				end: new Date('2026-01-31T20:00:00.000Z'),
			},
			stack: [],
			tags: [],
			outcomes: [],
			featured: false,
			draft: false,
		});
	});

	it('accepts a period that ends the day it starts', () => {
		const entry = schema.parse({
			...CASE_STUDY,
			period: { start: '2025-06-01', end: '2025-06-01' },
		});
		expect(entry.period).toEqual({
			start: new Date('2025-05-31T20:00:00.000Z'),
			end: new Date('2025-05-31T20:00:00.000Z'),
		});
	});

	it('says what a case study must be when the frontmatter is not a mapping', () => {
		expect(messagesOf(schema, 'just text')).toEqual([
			': Invalid input: expected object, received string',
		]);
	});

	it('reports a missing cover alt text as a custom issue of the coverAlt field', () => {
		const result = schema.safeParse({ ...CASE_STUDY, cover: './cover.png' });
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ code: 'custom', path: ['coverAlt'] }),
		]);
	});

	it('accepts a period that is still going on', () => {
		const entry = schema.parse({ ...CASE_STUDY, period: { start: '2025-06-01', end: 'ongoing' } });
		expect(entry.period.end).toBe('ongoing');
	});

	it('rejects a period that ends before it starts and an outcome without a value', () => {
		expect(
			messagesOf(schema, {
				...CASE_STUDY,
				period: { start: '2026-02-01', end: '2025-06-01' },
				outcomes: [{ label: 'p95 latency' }],
			})
		).toEqual([
			'period.end: end must not be before start',
			'outcomes.0.value: Invalid input: expected string, received undefined',
		]);
	});

	it('requires alt text with a cover', () => {
		expect(messagesOf(schema, { ...CASE_STUDY, cover: './cover.png' })).toEqual([
			'coverAlt: is required when cover is set: describe the image for readers who cannot see it',
		]);
	});

	it('names an unknown field and the allowed ones', () => {
		expect(messagesOf(schema, { ...CASE_STUDY, customer: 'x' })[0]).toMatch(
			/^: unknown field `customer`: allowed fields are title, description, pubDate, client,/
		);
	});
});

describe('experimentSchema', () => {
	let schema: ReturnType<typeof experimentSchema>;
	// Built before each test, not once on import: mutation testing switches a change on per test.
	beforeEach(() => {
		schema = experimentSchema(context, { timeZone });
	});
	const EXPERIMENT = {
		title: 'Webhook replayer',
		description: 'Replays captured webhooks against a local server.',
		pubDate: '2026-01-10',
		status: 'live',
	};

	it('accepts a live experiment with links', () => {
		const entry = schema.parse({
			...EXPERIMENT,
			url: 'https://replay.example.com',
			repo: 'https://github.com/a/b',
		});
		expect(entry.status).toBe('live');
		expect(entry.stack).toEqual([]);
	});

	it('fills in the defaults: published, no stack, no cover', () => {
		expect(schema.parse(EXPERIMENT)).toEqual({
			...EXPERIMENT,
			pubDate: new Date('2026-01-09T20:00:00.000Z'),
			stack: [],
			draft: false,
		});
	});

	it('rejects links that are not web addresses, such as javascript: URLs', () => {
		expect(
			messagesOf(schema, {
				...EXPERIMENT,
				url: 'javascript:alert(1)',
				repo: 'ftp://example.com/repo.git',
			})
		).toEqual([
			'url: must be an http:// or https:// URL, such as https://example.com/post',
			'repo: must be an http:// or https:// URL, such as https://example.com/post',
		]);
		expect(schema.parse({ ...EXPERIMENT, url: 'http://replay.example.com' }).url).toBe(
			'http://replay.example.com'
		);
	});

	it('refuses a scheme that only contains or starts with http, such as git+https or a typo', () => {
		expect(
			messagesOf(schema, {
				...EXPERIMENT,
				url: 'httpss://replay.example.com',
				repo: 'git+https://github.com/a/b.git',
			})
		).toEqual([
			'url: must be an http:// or https:// URL, such as https://example.com/post',
			'repo: must be an http:// or https:// URL, such as https://example.com/post',
		]);
	});

	it('says which statuses exist and that links must be web addresses', () => {
		expect(
			messagesOf(schema, { ...EXPERIMENT, status: 'beta', url: 'replay.example.com' })
		).toEqual([
			'status: must be one of live, wip, archived',
			'url: must be an http:// or https:// URL, such as https://example.com/post',
		]);
	});
});

describe('serviceSchema and pageSchema', () => {
	it('order services from 0 by default and keep pages to a title and description', () => {
		expect(
			serviceSchema().parse({ title: 'Fractional CTO', description: 'Two days a week.' })
		).toEqual({
			title: 'Fractional CTO',
			description: 'Two days a week.',
			order: 0,
			draft: false,
		});
		expect(serviceSchema().parse({ title: 'Audit', description: 'A week.', order: 2 }).order).toBe(
			2
		);
		expect(
			messagesOf(serviceSchema(), { title: 'Audit', description: 'A week.', order: -1 })
		).toEqual(['order: Too small: expected number to be >=0']);
		expect(
			messagesOf(pageSchema(context, { timeZone }), {
				title: 'About',
				description: 'Me.',
				tags: [],
			})[0]
		).toMatch(/unknown field `tags`: allowed fields are title, description, updatedDate$/);
	});
});

describe('authorSchema', () => {
	let schema: ReturnType<typeof authorSchema>;
	// Built before each test, not once on import: mutation testing switches a change on per test.
	beforeEach(() => {
		schema = authorSchema(context);
	});
	const AUTHOR = {
		name: 'Layla Haddad',
		role: 'Forward Deployed Engineer',
		location: 'Dubai',
		bio: 'I help small teams ship reliable software.',
		avatar: './layla.png',
	};

	it('accepts web addresses for every link and rejects javascript: URLs in each', () => {
		const links = {
			booking: 'https://cal.com/layla',
			website: 'https://layla.example.com',
			linkedin: 'https://www.linkedin.com/in/layla',
			telegram: 'https://t.me/layla',
			github: 'https://github.com/layla',
			x: 'http://x.com/layla',
		};
		expect(schema.parse({ ...AUTHOR, links }).links).toEqual(links);
		const hostile = Object.fromEntries(
			Object.keys(links).map((name) => [name, 'javascript:alert(document.cookie)'])
		);
		expect(messagesOf(schema, { ...AUTHOR, links: hostile })).toEqual([
			'links.booking: must be an http:// or https:// URL, such as https://example.com/post',
			'links.website: must be an http:// or https:// URL, such as https://example.com/post',
			'links.linkedin: must be an http:// or https:// URL, such as https://example.com/post',
			'links.telegram: must be an http:// or https:// URL, such as https://example.com/post',
			'links.github: must be an http:// or https:// URL, such as https://example.com/post',
			'links.x: must be an http:// or https:// URL, such as https://example.com/post',
		]);
	});

	it('has no links unless the author gives some', () => {
		expect(schema.parse(AUTHOR).links).toEqual({});
	});

	it('keeps the bio to one line and rejects unknown or malformed links', () => {
		expect(
			messagesOf(schema, {
				...AUTHOR,
				bio: 'x'.repeat(201),
				links: { email: 'layla-at-example', mastodon: 'https://x.y/@l' },
			})
		).toEqual([
			'bio: must be at most 200 characters: one line',
			'links.email: Invalid email address',
			'links: unknown field `mastodon`: allowed fields are email, booking, website, linkedin, telegram, github, x',
		]);
	});
});

describe('articleSchema references', () => {
	it('reads author and cta as references to their collections', () => {
		const schema = articleSchema(context, { timeZone });
		const article = schema.parse({
			title: 'T',
			description: 'D',
			pubDate: '2026-05-13',
			author: 'layla-haddad',
			cta: 'fractional-cto',
		});
		expect(article.author).toEqual({ collection: 'authors', id: 'layla-haddad' });
		expect(article.cta).toEqual({ collection: 'services', id: 'fractional-cto' });
	});
});
