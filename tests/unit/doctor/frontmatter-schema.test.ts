import { describe, expect, it } from 'vitest';
import { createFrontmatterValidator } from '@/features/doctor/frontmatter-schema';

const validate = createFrontmatterValidator({
	timeZone: 'Asia/Dubai',
	isFile: (path) => path === '/site/blog/post/cover.png',
});

const MINIMAL = { title: 'Tips', description: 'Short.', pubDate: '2026-05-13' };

describe('createFrontmatterValidator', () => {
	it('returns the data of valid frontmatter, with the schema defaults', () => {
		const result = validate(MINIMAL, '/site/blog');
		expect(result.issues).toEqual([]);
		expect(result.data).toMatchObject({ title: 'Tips', draft: false, tags: [] });
	});

	it('resolves a cover against the article folder', () => {
		const input = { ...MINIMAL, cover: './cover.png', coverAlt: 'A cover' };
		expect(validate(input, '/site/blog/post').issues).toEqual([]);
		expect(validate(input, '/site/blog').issues).toEqual([
			{
				rule: 'missing-image',
				path: ['cover'],
				message:
					'cover: image ./cover.png does not exist: the path is relative to the article file',
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
					message: `cover: image ${cover} is a URL: a cover must be a file next to the article, such as ./cover.png`,
				},
			]);
		}
	});

	it('reads a cover path without a scheme as a file, also one with a colon in it', () => {
		const files = ['/site/blog/post/covers/a:b.png', '/site/blog/post/1x:cover.png'];
		const existing = createFrontmatterValidator({
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
				message: expect.stringMatching(/^unknown field "tag": check the spelling/) as unknown,
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
