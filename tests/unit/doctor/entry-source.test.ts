import { describe, expect, it } from 'vitest';
import { findInvalidUtf8Line, readEntrySource, sourceFormatOf } from '@/content-model/entry-source';

describe('sourceFormatOf', () => {
	it('reads .md and .mdx as documents, .yaml and .yml as YAML, .json as JSON', () => {
		expect(['md', 'mdx', 'yaml', 'yml', 'json'].map(sourceFormatOf)).toEqual([
			'document',
			'document',
			'yaml',
			'yaml',
			'json',
		]);
	});
});

describe('readEntrySource of a Markdown or MDX file', () => {
	const file = [
		'---',
		'title: A',
		'pubDate: 2026-05-13',
		'tags:',
		'  - one',
		'  - two',
		'---',
		'',
		'Body',
	].join('\n');

	it('reads the frontmatter as Astro does: dates become Dates', () => {
		const { data, problems } = readEntrySource(file, 'document');
		expect(problems).toEqual([]);
		expect(data).toEqual({
			title: 'A',
			pubDate: new Date('2026-05-13T00:00:00Z'),
			tags: ['one', 'two'],
		});
	});

	it('blanks the frontmatter out of the body, so body lines are file lines', () => {
		const { body } = readEntrySource(file, 'document');
		expect(body.split('\n')).toHaveLength(9);
		expect(body.split('\n')[8]).toBe('Body');
		expect(body.split('\n').slice(0, 8).join('').trim()).toBe('');
	});

	it('finds the file line of a field and of a list item, or the nearest written parent', () => {
		const { lineOf } = readEntrySource(file, 'document');
		expect(lineOf(['title'])).toBe(2);
		expect(lineOf(['tags'])).toBe(4);
		expect(lineOf(['tags', 1])).toBe(6);
		expect(lineOf(['tags', 7])).toBe(4);
		expect(lineOf(['description'])).toBe(1);
	});

	it('reads Windows line endings and a byte order mark like any other file', () => {
		const source = readEntrySource(
			'\uFEFF---\r\ntitle: A\r\npubDate: 2026-01-05\r\n---\r\nBody\r\n',
			'document'
		);
		expect(source.problems).toEqual([]);
		expect(source.data).toEqual({ title: 'A', pubDate: new Date('2026-01-05T00:00:00Z') });
		expect(source.lineOf(['pubDate'])).toBe(3);
	});

	it('reads TOML frontmatter between +++ lines, as Astro does', () => {
		const source = readEntrySource('+++\ntitle = "A"\n+++\nBody\n', 'document');
		expect(source.data).toEqual({ title: 'A' });
	});

	it('points blank lines above the frontmatter at its opening line', () => {
		expect(readEntrySource('\n\n---\ntitle: A\n---\n', 'document').firstLine).toBe(3);
	});

	it('reports a YAML syntax error at its file line and leaves the data empty', () => {
		const source = readEntrySource('---\ntitle: A\ntags: [one, two\n---\n', 'document');
		expect(source.data).toEqual({});
		expect(source).toMatchObject({
			body: '',
			problems: [
				{ line: 4, message: 'invalid YAML: unexpected end of the stream within a flow collection' },
			],
		});
	});

	it('refuses YAML aliases that expand beyond reason, quickly, at the field that overflows', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (const name of 'bcdefghij') {
			const previous = String.fromCharCode(name.charCodeAt(0) - 1);
			levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
		}
		const started = performance.now();
		const source = readEntrySource(`---\ntitle: A\n${levels.join('\n')}\n---\n`, 'document');
		expect(performance.now() - started).toBeLessThan(1000);
		expect(source.data).toEqual({});
		expect(source.problems).toEqual([
			{
				line: 6,
				message:
					'YAML aliases (*name) expand field `d` to more than 10,000 values: write the values out instead of repeating an anchor',
			},
		]);
	});

	it('keeps an empty field as null, like any other value', () => {
		const source = readEntrySource('---\ntitle: A\ncoverAlt:\n---\n', 'document');
		expect(source.problems).toEqual([]);
		expect(source.data).toEqual({ title: 'A', coverAlt: null });
	});

	it('finds the fields of YAML frontmatter whose body mentions +++', () => {
		const source = readEntrySource(
			'---\ntitle: A\npubDate: 2026-05-13\n---\n\n+++ b/file.ts\n',
			'document'
		);
		expect(source.lineOf(['pubDate'])).toBe(3);
	});

	it('points every field of TOML frontmatter at its opening line', () => {
		const source = readEntrySource('\n+++\ntitle = "A"\npubDate = 2026-05-13\n+++\n', 'document');
		expect(source.data).toEqual({ title: 'A', pubDate: new Date('2026-05-13T00:00:00Z') });
		expect(source.lineOf(['pubDate'])).toBe(2);
	});

	it('reports a TOML syntax error at its file line, below blank lines too', () => {
		expect(
			readEntrySource('\n\n+++\ntitle = "A"\npubDate = 2026-05-1x\n+++\n', 'document')
		).toMatchObject({
			data: {},
			body: '',
			firstLine: 3,
			problems: [
				{
					line: 5,
					message: 'invalid TOML: Invalid TOML document: invalid date-time: date part is malformed',
				},
			],
		});
	});

	it('points a list index under a plain value at that value', () => {
		const source = readEntrySource('---\ntitle: A\ntags: one\n---\n', 'document');
		expect(source.lineOf(['tags', 0])).toBe(3);
	});

	it('points the problems of a file of blank lines below them', () => {
		expect(readEntrySource('\n\n', 'document').firstLine).toBe(3);
	});

	it('reads a file without frontmatter as empty data and the whole body', () => {
		const source = readEntrySource('# Just text\n', 'document');
		expect(source).toMatchObject({ data: {}, body: '# Just text\n', problems: [] });
	});
});

describe('readEntrySource of a data file', () => {
	it('reads YAML and JSON, with the lines of YAML fields', () => {
		const yaml = readEntrySource('name: Layla\nlinks:\n  github: https://github.com/l\n', 'yaml');
		expect(yaml.data).toEqual({ name: 'Layla', links: { github: 'https://github.com/l' } });
		expect(yaml.body).toBe('');
		expect(yaml.lineOf(['links', 'github'])).toBe(3);
		expect(readEntrySource('{ "name": "Layla" }', 'json').data).toEqual({ name: 'Layla' });
	});

	it('reports a syntax error with its line', () => {
		expect(readEntrySource('name: Layla\nrole: [x\n', 'yaml').problems[0]?.line).toBe(3);
		expect(readEntrySource('{ "name": }', 'json').problems[0]?.message).toMatch(/^invalid JSON: /);
	});

	it("reports a YAML syntax error with the parser's reason, and no data or body", () => {
		const source = readEntrySource('name: Layla\nrole: [x\n', 'yaml');
		expect({ ...source, lineOf: undefined }).toEqual({
			data: {},
			body: '',
			firstLine: 1,
			problems: [
				{ line: 3, message: 'invalid YAML: unexpected end of the stream within a flow collection' },
			],
			lineOf: undefined,
		});
	});

	it("reports a JSON syntax error on the first line, with the parser's message", () => {
		const source = readEntrySource('{ "name": }', 'json');
		expect({ ...source, lineOf: undefined }).toEqual({
			data: {},
			body: '',
			firstLine: 1,
			problems: [
				{
					line: 1,
					message: 'invalid JSON: Unexpected token \'}\', "{ "name": }" is not valid JSON',
				},
			],
			lineOf: undefined,
		});
	});

	it('quotes a JSON file that spans lines on one line in its syntax error', () => {
		expect(readEntrySource('{\n  "name": \n}\n', 'json').problems).toEqual([
			{
				line: 1,
				message: 'invalid JSON: Unexpected token \'}\', "{ "name": } " is not valid JSON',
			},
		]);
	});

	it('points every field of a JSON file at its first line', () => {
		const source = readEntrySource(
			'{\n  "name": "Layla",\n  "links": { "github": "x" }\n}\n',
			'json'
		);
		expect(source.lineOf(['links', 'github'])).toBe(1);
	});

	it('reads a data file that is not an object (a list, a text, null) as empty data', () => {
		for (const [contents, format] of [
			['- Layla\n- Haddad\n', 'yaml'],
			['Layla Haddad\n', 'yaml'],
			['["Layla"]', 'json'],
			['null', 'json'],
		] as const) {
			const source = readEntrySource(contents, format);
			expect(source.data).toEqual({});
			expect(source.problems).toEqual([]);
		}
	});

	it('reads 9,999 values in a list, and refuses 10,000: with the list, more than 10,000 values', () => {
		const list = (count: number) => JSON.stringify({ tags: Array(count).fill('x') });
		expect(readEntrySource(list(9_999), 'json').problems).toEqual([]);
		expect(readEntrySource(list(10_000), 'json').problems).toEqual([
			{
				line: 1,
				message:
					'YAML aliases (*name) expand field `tags` to more than 10,000 values: write the values out instead of repeating an anchor',
			},
		]);
	});
});

describe('findInvalidUtf8Line', () => {
	it('finds the first line with bytes that are not UTF-8', () => {
		const bytes = Buffer.concat([
			Buffer.from('one\ntwo é\n'),
			Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
		]);
		expect(findInvalidUtf8Line(bytes)).toBe(3);
	});

	it('finds bytes that are not UTF-8 at the very end of a file without a final newline', () => {
		const bytes = Buffer.concat([Buffer.from('a\nok\nCaf'), Buffer.from([0xe9])]);
		expect(findInvalidUtf8Line(bytes)).toBe(3);
	});

	it('accepts valid UTF-8, whatever the script', () => {
		expect(findInvalidUtf8Line(Buffer.from('Café\n静的サイト\n'))).toBeUndefined();
	});
});
