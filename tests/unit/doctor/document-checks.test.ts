import { describe, expect, it } from 'vitest';
import {
	checkCallouts,
	checkDescriptionLength,
	checkHeadingLevels,
	checkImages,
	relativeImagePath,
} from '@/features/doctor/document-checks';
import { outlineMarkdown } from '@/features/doctor/markdown-outline';

const heading = (depth: number, line: number) => ({ depth, text: `Level ${depth}`, line });

describe('checkHeadingLevels', () => {
	it('accepts sections that go down one level at a time and back up freely', () => {
		expect(
			checkHeadingLevels([
				heading(2, 1),
				heading(3, 2),
				heading(4, 3),
				heading(2, 4),
				heading(3, 5),
			])
		).toEqual([]);
	});

	it('warns when a heading skips a level', () => {
		expect(checkHeadingLevels([heading(2, 3), heading(4, 9)])).toEqual([
			{
				severity: 'warning',
				line: 9,
				rule: 'heading-level',
				message: 'heading "#### Level 4" skips a level after an h2: use ### instead',
			},
		]);
	});

	it('warns when the body starts below ## before any ## heading', () => {
		const [problem] = checkHeadingLevels([heading(3, 4), heading(2, 8)]);
		expect(problem?.line).toBe(4);
		expect(problem?.message).toBe(
			'heading "### Level 3" comes before any ## heading: start sections at ##'
		);
	});

	it('warns about an h1 in the body, since the title is the h1', () => {
		const problems = checkHeadingLevels([heading(2, 1), heading(1, 5)]);
		expect(problems.map(({ line, message }) => [line, message])).toEqual([
			[5, `heading "# Level 1" is an h1, but the title is the page's h1: use ## instead`],
		]);
	});
});

describe('checkImages', () => {
	const options = {
		articleDirectory: '/site/blog/post',
		isFile: (path: string) => ['/site/blog/post/a.png', '/site/blog/shared.png'].includes(path),
	};

	it('accepts relative images that exist, in any of the three spellings', () => {
		const images = ['./a.png', 'a.png', '../shared.png'].map((url, index) => ({
			url,
			alt: 'A picture',
			line: index + 1,
		}));
		expect(checkImages(images, options)).toEqual([]);
	});

	it('reports a relative image whose file is missing', () => {
		expect(checkImages([{ url: './b.png', alt: 'B', line: 12 }], options)).toEqual([
			{
				severity: 'error',
				line: 12,
				rule: 'missing-image',
				message: 'image ./b.png does not exist: the path is relative to this file',
			},
		]);
	});

	it('does not look up remote or site-absolute images', () => {
		const images = ['https://example.com/x.png', '/favicon.svg', 'data:image/png;base64,AA'];
		expect(
			checkImages(
				images.map((url) => ({ url, alt: 'X', line: 1 })),
				options
			)
		).toEqual([]);
	});

	it('warns about an empty or blank alt text', () => {
		const problems = checkImages(
			[
				{ url: './a.png', alt: '', line: 3 },
				{ url: './a.png', alt: '  ', line: 5 },
			],
			options
		);
		expect(problems).toEqual([
			{
				severity: 'warning',
				line: 3,
				rule: 'missing-alt',
				message: 'image ./a.png has no alt text: describe it for readers who cannot see it',
			},
			expect.objectContaining({ severity: 'warning', line: 5, rule: 'missing-alt' }),
		]);
	});
});

describe('relativeImagePath', () => {
	it('decodes the path and drops a query or fragment', () => {
		expect(relativeImagePath('./my%20chart.png?v=2#top')).toBe('./my chart.png');
		expect(relativeImagePath('chart.png#top?x')).toBe('chart.png');
	});

	it('reads a path with a colon after its first segment, or a digit first, as a file', () => {
		expect(relativeImagePath('images/a:b.png')).toBe('images/a:b.png');
		expect(relativeImagePath('2x:chart.png')).toBe('2x:chart.png');
	});

	it('keeps a path it cannot decode as written', () => {
		expect(relativeImagePath('./100%.png')).toBe('./100%.png');
	});

	it('returns undefined for URLs that are not relative paths', () => {
		for (const url of [
			'',
			'/x.png',
			'#x',
			'https://x.test/a.png',
			'mailto:a@b.c',
			's3://b/a.png',
		]) {
			expect(relativeImagePath(url), url).toBeUndefined();
		}
	});
});

describe('checkDescriptionLength', () => {
	it('accepts 160 characters', () => {
		expect(checkDescriptionLength('x'.repeat(160), 3)).toEqual([]);
	});

	it('warns from 161 characters, at the given line', () => {
		expect(checkDescriptionLength('x'.repeat(161), 3)).toEqual([
			{
				severity: 'warning',
				line: 3,
				rule: 'long-description',
				message: 'description is 161 characters: search results cut it off after about 160',
			},
		]);
	});

	it('does not count spaces around the description', () => {
		expect(checkDescriptionLength(` ${'x'.repeat(160)}  `, 3)).toEqual([]);
	});

	it('counts characters, not UTF-16 code units', () => {
		expect(checkDescriptionLength('😀'.repeat(160), 3)).toEqual([]);
	});
});

describe('checkCallouts', () => {
	const callouts = (body: string, format: 'md' | 'mdx') =>
		checkCallouts(outlineMarkdown(body, format, 3));

	it('accepts the three kinds in either syntax, and components that are not callouts', () => {
		const body = [
			'> [!NOTE]',
			'> A note.',
			'',
			'> [!tip] Shortcut',
			'> Press the key.',
			'',
			'<Callout type="warning">Careful.</Callout>',
			'',
			'<Aside type="danger">Not a callout.</Aside>',
		].join('\n');
		expect(callouts(body, 'mdx')).toEqual([]);
	});

	it('reports an alert of an unknown kind at its line, with the kinds the site has', () => {
		expect(callouts('Text.\n\n> [!DANGER]\n> Hot.\n', 'md')).toEqual([
			{
				severity: 'error',
				line: 6,
				rule: 'syntax',
				message:
					'> [!DANGER] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; to start a quote with the text [!DANGER], put it in backticks.',
			},
		]);
	});

	it('reports a Callout component of an unknown kind, or without a plain string type', () => {
		const body = [
			'<Callout type="danger">Hot.</Callout>',
			'',
			'<Callout type={kind}>Computed.</Callout>',
			'',
			'<Callout title="No type">Text.</Callout>',
		].join('\n');
		expect(callouts(body, 'mdx')).toEqual([
			{
				severity: 'error',
				line: 4,
				rule: 'syntax',
				message:
					'<Callout type="danger"> is not a callout type. Write type="note", type="tip" or type="warning".',
			},
			{
				severity: 'error',
				line: 6,
				rule: 'syntax',
				message:
					'<Callout> needs its type as a plain string. Write type="note", type="tip" or type="warning".',
			},
			{
				severity: 'error',
				line: 8,
				rule: 'syntax',
				message:
					'<Callout> needs its type as a plain string. Write type="note", type="tip" or type="warning".',
			},
		]);
	});
});
