import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/content-model/collections';
import { createEntryValidator } from '@/features/doctor/entry-schema';

const validate = createEntryValidator(COLLECTIONS.blog, {
	timeZone: 'Asia/Dubai',
	isFile: (path) => path === '/site/blog/post/cover.png',
});

const MINIMAL = { title: 'Tips', description: 'Short.', pubDate: '2026-05-13' };

describe('createEntryValidator', () => {
	it('returns the data of valid frontmatter, with the schema defaults', () => {
		const result = validate(MINIMAL, '/site/blog');
		expect(result.issues).toEqual([]);
		expect(result.data).toMatchObject({ title: 'Tips', draft: false, tags: [] });
	});

	it("reads a publication day as the start of that day in the site's time zone", () => {
		const validateInNewYork = createEntryValidator(COLLECTIONS.blog, {
			timeZone: 'America/New_York',
			isFile: () => true,
		});
		expect(validateInNewYork(MINIMAL, '/site/blog').data?.['pubDate']).toEqual(
			new Date('2026-05-13T04:00:00.000Z')
		);
	});

	it('resolves a cover against the article folder', () => {
		const input = { ...MINIMAL, cover: './cover.png', coverAlt: 'A cover' };
		expect(validate(input, '/site/blog/post').issues).toEqual([]);
		expect(validate(input, '/site/blog').issues).toEqual([
			{
				rule: 'missing-image',
				path: ['cover'],
				message: 'cover: image ./cover.png does not exist: the path is relative to this file',
			},
		]);
	});

	it('rejects a remote cover as a missing image, whatever its scheme', () => {
		for (const cover of [
			'https://example.com/x.png',
			'//cdn.example.com/x.png',
			'data:image/png;base64,AA',
		]) {
			expect(validate({ ...MINIMAL, cover, coverAlt: 'A cover' }, '/site/blog').issues).toEqual([
				{
					rule: 'missing-image',
					path: ['cover'],
					message: `cover: image ${cover} is a URL: it must be a file next to the entry, such as ./cover.png`,
				},
			]);
		}
	});

	it('reads a cover path without a scheme as a file, also one with a colon in it', () => {
		const files = ['/site/blog/post/covers/a:b.png', '/site/blog/post/1x:cover.png'];
		const existing = createEntryValidator(COLLECTIONS.blog, {
			timeZone: 'Asia/Dubai',
			isFile: (path) => files.includes(path),
		});
		for (const cover of ['covers/a:b.png', '1x:cover.png']) {
			expect(
				existing({ ...MINIMAL, cover, coverAlt: 'A cover' }, '/site/blog/post').issues
			).toEqual([]);
		}
	});

	it('says a field of the wrong type has the wrong type, not that it is missing', () => {
		expect(validate({ ...MINIMAL, title: 42, draft: 'yes' }, '/site/blog').issues).toEqual([
			{
				rule: 'schema',
				path: ['title'],
				message: 'title: Invalid input: expected string, received number',
			},
			{
				rule: 'schema',
				path: ['draft'],
				message: 'draft: Invalid input: expected boolean, received string',
			},
		]);
	});

	it('names each item of a list with the wrong type, an empty (null) one included', () => {
		expect(validate({ ...MINIMAL, tags: ['go', null, 7] }, '/site/blog').issues).toEqual([
			{
				rule: 'schema',
				path: ['tags', 1],
				message: 'tags.1: Invalid input: expected string, received null',
			},
			{
				rule: 'schema',
				path: ['tags', 2],
				message: 'tags.2: Invalid input: expected string, received number',
			},
		]);
	});

	it('rejects frontmatter that is not a mapping as a whole', () => {
		expect(validate(['a', 'list'] as unknown as Record<string, unknown>, '/site').issues).toEqual([
			{ rule: 'schema', path: [], message: 'Invalid input: expected object, received array' },
		]);
	});

	it('keeps the message of a rule about a field left out, instead of a bare "is required"', () => {
		const validateCover = createEntryValidator(COLLECTIONS.blog, {
			timeZone: 'Asia/Dubai',
			isFile: () => true,
		});
		expect(validateCover({ ...MINIMAL, cover: './cover.png' }, '/site/blog').issues).toEqual([
			{
				rule: 'schema',
				path: ['coverAlt'],
				message:
					'coverAlt: is required when cover is set: describe the image for readers who cannot see it',
			},
		]);
	});

	it('says a missing field is required, with its path', () => {
		const withoutTitle = { description: MINIMAL.description, pubDate: MINIMAL.pubDate };
		expect(validate(withoutTitle, '/site/blog').issues).toEqual([
			{ rule: 'schema', path: ['title'], message: 'title: is required' },
		]);
	});

	it('keeps the schema message and points an unknown field issue at the field', () => {
		const { issues } = validate({ ...MINIMAL, tag: ['x'], pubDate: 'next tuesday' }, '/site');
		expect(issues).toEqual([
			{
				rule: 'schema',
				path: ['pubDate'],
				message:
					'pubDate: "next tuesday" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
			},
			{
				rule: 'schema',
				path: ['tag'],
				message: 'unknown field `tag`: did you mean `tags`?',
			},
		]);
	});

	it('reports every issue at once, with list indexes in the path', () => {
		const { issues } = validate(
			{ ...MINIMAL, title: ' ', aliases: ['/blog/ok/', 'not-a-path'] },
			'/site'
		);
		expect(issues.map(({ path, message }) => [path, message])).toEqual([
			[['title'], 'title: must not be empty'],
			[
				['aliases', 1],
				'aliases.1: must be a site path with a trailing slash, such as "/blog/old-slug/"',
			],
		]);
	});
});

describe('createEntryValidator for the other collections', () => {
	it('validates a case study with its own schema and points a nested unknown field at itself', () => {
		const validateCaseStudy = createEntryValidator(COLLECTIONS['case-studies'], {
			timeZone: 'Asia/Dubai',
			isFile: () => true,
		});
		const { issues } = validateCaseStudy(
			{
				title: 'Checkout',
				description: 'Rewrite.',
				pubDate: '2026-01-01',
				clinet: 'Shop Co',
				industry: 'Retail',
				role: 'CTO',
				period: { start: '2025-01-01', end: 'ongoing', edn: 'x' },
			},
			'/site/case-studies'
		);
		expect(issues.map(({ path, message }) => [path, message])).toEqual([
			[['client'], 'client: is required'],
			[['period', 'edn'], 'period: unknown field `edn`: did you mean `end`?'],
			[['clinet'], 'unknown field `clinet`: did you mean `client`?'],
		]);
	});

	it('validates an author, whose data file has no frontmatter', () => {
		const validateAuthor = createEntryValidator(COLLECTIONS.authors, {
			timeZone: 'Asia/Dubai',
			isFile: () => true,
		});
		const { issues } = validateAuthor(
			{ name: 'L', role: 'R', location: 'D', bio: 'B', avatar: './a.png', links: { site: 'x' } },
			'/site/authors'
		);
		expect(issues.map(({ message }) => message)).toEqual([
			'links: unknown field `site`: allowed fields are email, booking, website, linkedin, telegram, github, x',
		]);
	});
});
