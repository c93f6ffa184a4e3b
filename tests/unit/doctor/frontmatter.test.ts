import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '@/content-model/frontmatter';

describe('splitFrontmatter', () => {
	it('separates the YAML from the body and counts the lines above the body', () => {
		const split = splitFrontmatter('---\ntitle: A\n---\n\nBody\n');
		expect(split).toEqual({
			yaml: 'title: A',
			firstLine: 1,
			isUnclosed: false,
			body: '\nBody\n',
			bodyLineOffset: 3,
		});
	});

	it('allows blank lines and a byte order mark before the opening line', () => {
		const split = splitFrontmatter('\uFEFF\n\n---\ntitle: A\n---\nBody');
		expect(split.firstLine).toBe(3);
		expect(split.yaml).toBe('title: A');
		expect(split.bodyLineOffset).toBe(5);
	});

	it('keeps every line of the YAML and of the body, a zero-width no-break space in it too', () => {
		const split = splitFrontmatter('---\ntitle: A\ntags: [a]\n---\nOne\uFEFF\nTwo');
		expect(split).toEqual({
			yaml: 'title: A\ntags: [a]',
			firstLine: 1,
			isUnclosed: false,
			body: 'One\uFEFF\nTwo',
			bodyLineOffset: 4,
		});
	});

	it('finds no frontmatter in a file of blank lines or an empty file', () => {
		for (const source of ['', '\n\n  \n']) {
			expect(splitFrontmatter(source)).toEqual({
				yaml: undefined,
				firstLine: 1,
				isUnclosed: false,
				body: source,
				bodyLineOffset: 0,
			});
		}
	});

	it('accepts Windows line endings', () => {
		const split = splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody\r\n');
		expect(split.yaml).toBe('title: A\r');
		expect(split.bodyLineOffset).toBe(3);
	});

	it('reports a file without frontmatter', () => {
		expect(splitFrontmatter('# Just text\n')).toMatchObject({
			yaml: undefined,
			isUnclosed: false,
			bodyLineOffset: 0,
		});
	});

	it('reports frontmatter that is never closed', () => {
		expect(splitFrontmatter('---\ntitle: A\n\nBody\n')).toMatchObject({
			yaml: undefined,
			firstLine: 1,
			isUnclosed: true,
		});
	});
});

describe('parseFrontmatter', () => {
	const yaml = ['title: A', 'pubDate: 2026-05-13', 'tags:', '  - one', '  - two'].join('\n');

	it('reads dates as js-yaml does, so the schema sees what the build sees', () => {
		expect(parseFrontmatter(yaml, 2).data['pubDate']).toEqual(new Date('2026-05-13T00:00:00Z'));
	});

	it('finds the file line of a field and of a list item', () => {
		const frontmatter = parseFrontmatter(yaml, 2);
		expect(frontmatter.lineOf(['title'])).toBe(2);
		expect(frontmatter.lineOf(['tags'])).toBe(4);
		expect(frontmatter.lineOf(['tags', 1])).toBe(6);
	});

	it('falls back to the nearest written parent, then to the opening line', () => {
		const frontmatter = parseFrontmatter(yaml, 2);
		expect(frontmatter.lineOf(['tags', 7])).toBe(4);
		expect(frontmatter.lineOf(['description'])).toBe(1);
		expect(frontmatter.lineOf([])).toBe(1);
	});

	it('reports YAML syntax errors at their file line and leaves the data empty', () => {
		const frontmatter = parseFrontmatter('title: A\ntags: [one, two\n', 2);
		expect(frontmatter.data).toEqual({});
		expect(frontmatter.errors).toHaveLength(1);
		expect(frontmatter.errors[0]?.line).toBe(3);
	});

	it('treats YAML that is not a map as empty', () => {
		for (const yaml of ['- just\n- a list', 'just a sentence', '~', '']) {
			expect(parseFrontmatter(yaml, 2).data, yaml).toEqual({});
		}
	});

	it("gives the YAML parser's own message for a syntax error, without a code excerpt", () => {
		expect(parseFrontmatter('title: "A', 2).errors).toEqual([
			{ line: 2, message: 'Missing closing "quote' },
		]);
	});

	it('points a path into a plain value at that value', () => {
		const frontmatter = parseFrontmatter(yaml, 2);
		expect(frontmatter.lineOf(['title', 0])).toBe(2);
		expect(frontmatter.lineOf(['tags', 'first'])).toBe(4);
	});
});
