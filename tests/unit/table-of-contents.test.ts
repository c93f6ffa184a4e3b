import { describe, expect, it } from 'vitest';
import {
	buildTableOfContents,
	FOOTNOTES_HEADING_ID,
	type Heading,
} from '@/features/headings/table-of-contents';

function heading(
	depth: number,
	text: string,
	slug = text.toLowerCase().replace(/\s+/g, '-')
): Heading {
	return { depth, slug, text };
}

describe('buildTableOfContents', () => {
	it('returns no table of contents for an article without headings', () => {
		expect(buildTableOfContents([])).toEqual([]);
	});

	it('omits the table of contents when an article has only one heading', () => {
		expect(buildTableOfContents([heading(2, 'Only')])).toEqual([]);
	});

	it('leaves out the visually hidden heading of the footnotes section', () => {
		const toc = buildTableOfContents([
			heading(2, 'Setup'),
			heading(2, 'Usage'),
			heading(2, 'Footnotes', FOOTNOTES_HEADING_ID),
		]);
		expect(toc.map(({ slug }) => slug)).toEqual(['setup', 'usage']);
		expect(
			buildTableOfContents([heading(2, 'Only'), heading(2, 'Footnotes', FOOTNOTES_HEADING_ID)])
		).toEqual([]);
	});

	it('lists two h2 headings side by side in article order', () => {
		expect(buildTableOfContents([heading(2, 'Setup'), heading(2, 'Usage')])).toEqual([
			{ depth: 2, slug: 'setup', text: 'Setup', children: [] },
			{ depth: 2, slug: 'usage', text: 'Usage', children: [] },
		]);
	});

	it('nests each h3 under the h2 before it', () => {
		const toc = buildTableOfContents([
			heading(2, 'Setup'),
			heading(3, 'Install'),
			heading(3, 'Configure'),
			heading(2, 'Usage'),
			heading(3, 'Flags'),
		]);
		expect(toc).toEqual([
			{
				depth: 2,
				slug: 'setup',
				text: 'Setup',
				children: [
					{ depth: 3, slug: 'install', text: 'Install', children: [] },
					{ depth: 3, slug: 'configure', text: 'Configure', children: [] },
				],
			},
			{
				depth: 2,
				slug: 'usage',
				text: 'Usage',
				children: [{ depth: 3, slug: 'flags', text: 'Flags', children: [] }],
			},
		]);
	});

	it('leaves out h1 and h4 headings by default', () => {
		const toc = buildTableOfContents([
			heading(1, 'Title'),
			heading(2, 'Setup'),
			heading(4, 'Detail'),
			heading(2, 'Usage'),
			heading(5, 'Fine print'),
		]);
		expect(toc.map(({ slug, children }) => [slug, children.length])).toEqual([
			['setup', 0],
			['usage', 0],
		]);
	});

	it('does not count excluded levels towards the two-heading minimum', () => {
		expect(
			buildTableOfContents([heading(1, 'Title'), heading(2, 'Only'), heading(4, 'Deep')])
		).toEqual([]);
	});

	it('lists an h3 that comes before any h2 at the top level', () => {
		const toc = buildTableOfContents([
			heading(3, 'Preface'),
			heading(2, 'Setup'),
			heading(3, 'Install'),
		]);
		expect(toc.map(({ slug }) => slug)).toEqual(['preface', 'setup']);
		expect(toc[0]?.children).toEqual([]);
		expect(toc[1]?.children.map(({ slug }) => slug)).toEqual(['install']);
	});

	it('still lists an h4 that skips the h3 level when h4 is included', () => {
		const toc = buildTableOfContents(
			[heading(2, 'Setup'), heading(4, 'Deep detail'), heading(3, 'Install')],
			{ maxDepth: 4 }
		);
		expect(toc).toEqual([
			{
				depth: 2,
				slug: 'setup',
				text: 'Setup',
				children: [
					{ depth: 4, slug: 'deep-detail', text: 'Deep detail', children: [] },
					{ depth: 3, slug: 'install', text: 'Install', children: [] },
				],
			},
		]);
	});

	it('nests h4 under h3 under h2 when the range is h2 to h4', () => {
		const toc = buildTableOfContents(
			[heading(2, 'A'), heading(3, 'B'), heading(4, 'C'), heading(2, 'D')],
			{ maxDepth: 4 }
		);
		expect(toc[0]?.children[0]?.children[0]?.slug).toBe('c');
		expect(toc[1]?.slug).toBe('d');
	});

	it('keeps the distinct slugs Astro gave headings with the same text', () => {
		const toc = buildTableOfContents([
			heading(2, 'Example', 'example'),
			heading(2, 'Example', 'example-1'),
			heading(2, 'Example', 'example-2'),
		]);
		expect(toc.map(({ slug, text }) => [slug, text])).toEqual([
			['example', 'Example'],
			['example-1', 'Example'],
			['example-2', 'Example'],
		]);
	});

	it('honours a higher minHeadings', () => {
		const headings = [heading(2, 'A'), heading(2, 'B')];
		expect(buildTableOfContents(headings, { minHeadings: 3 })).toEqual([]);
		expect(buildTableOfContents([...headings, heading(3, 'C')], { minHeadings: 3 })).toHaveLength(
			2
		);
	});

	it('shows a single heading when minHeadings is 1', () => {
		expect(buildTableOfContents([heading(2, 'Only')], { minHeadings: 1 })).toEqual([
			{ depth: 2, slug: 'only', text: 'Only', children: [] },
		]);
	});

	it('lists h1 headings when minDepth is 1', () => {
		const toc = buildTableOfContents([heading(1, 'Title'), heading(2, 'Setup')], { minDepth: 1 });
		expect(toc.map(({ slug, children }) => [slug, children.map((child) => child.slug)])).toEqual([
			['title', ['setup']],
		]);
	});

	it('does not modify the headings it is given', () => {
		const headings = [heading(2, 'A'), heading(3, 'B')];
		const copy = structuredClone(headings);
		buildTableOfContents(headings);
		expect(headings).toEqual(copy);
	});
});
