import { describe, expect, it } from 'vitest';
import { formatAttribute, listSourceTags, removeElements, replaceRanges } from '@/lib/html-source';

describe('listSourceTags', () => {
	it('gives each start tag and attribute with where it is written', () => {
		const html = `<p class="lead">Hi <a HREF='/x' data-id=7 hidden>x</a></p>`;
		const tags = listSourceTags(html);
		expect(tags).toEqual([
			{
				name: 'p',
				attributes: [{ name: 'class', value: 'lead', quote: '"', start: 3, end: 15 }],
				start: 0,
				end: 16,
			},
			{
				name: 'a',
				attributes: [
					{ name: 'href', value: '/x', quote: "'", start: 22, end: 31 },
					{ name: 'data-id', value: '7', quote: null, start: 32, end: 41 },
					{ name: 'hidden', value: '', quote: undefined, start: 42, end: 48 },
				],
				start: 19,
				end: 49,
			},
		]);
		expect(html.slice(22, 31)).toBe("HREF='/x'");
		expect(html.slice(19, 49)).toBe(`<a HREF='/x' data-id=7 hidden>`);
	});

	it('decodes entities in values and finds no tags in comments, scripts or escaped text', () => {
		const tags = listSourceTags(
			'<!-- <a href="/c"> --><script>"<b>"</script><p title="a &amp; b">&lt;i&gt;</p>'
		);
		expect(tags.map(({ name }) => name)).toEqual(['script', 'p']);
		expect(tags[1]?.attributes[0]?.value).toBe('a & b');
	});

	it('keeps the case of names when reading XML', () => {
		const xml = '<feed><link rel="self" href="a"/><atom:Link/></feed>';
		expect(listSourceTags(xml, { xml: true }).map(({ name }) => name)).toEqual([
			'feed',
			'link',
			'atom:Link',
		]);
		expect(listSourceTags('<atom:Link/>').map(({ name }) => name)).toEqual(['atom:link']);
	});
});

describe('replaceRanges', () => {
	it('applies replacements given in any order and keeps the text between them', () => {
		expect(
			replaceRanges('0123456789', [
				{ start: 7, end: 9, text: 'B' },
				{ start: 1, end: 3, text: 'A' },
				{ start: 5, end: 5, text: '+' },
			])
		).toBe('0A34+56B9');
	});

	it('returns the source as it is without replacements', () => {
		expect(replaceRanges('unchanged', [])).toBe('unchanged');
	});
});

describe('formatAttribute', () => {
	it('writes the value in its own quotes, escaping what would end or alter it', () => {
		expect(formatAttribute('href', '/a?b=1&c="2"<', '"')).toBe(
			'href="/a?b=1&amp;c=&quot;2&quot;&lt;"'
		);
		expect(formatAttribute('HREF', `it's "x"`, "'")).toBe(`HREF='it&#39;s "x"'`);
	});

	it('puts an unquoted or bare value in double quotes', () => {
		expect(formatAttribute('src', 'a b', null)).toBe('src="a b"');
		expect(formatAttribute('src', "it's", undefined)).toBe(`src="it's"`);
	});
});

describe('removeElements', () => {
	const isNote = (name: string, { class: classes = '' }: Readonly<Record<string, string>>) =>
		name === 'aside' && classes.split(' ').includes('note');

	it('removes the chosen elements with what they hold, and keeps every other byte', () => {
		const html =
			'<p>A &amp; B</p>\n<aside class="x note"><p>inner <aside class="note">nested</aside></p></aside><br>\n<p>C</p>';
		expect(removeElements(html, isNote)).toBe('<p>A &amp; B</p>\n<br>\n<p>C</p>');
	});

	it('removes each of several chosen elements, also at different depths', () => {
		const html =
			'<div><aside class="note">1</aside><p>keep</p></div><aside class="note">2</aside>!';
		expect(removeElements(html, isNote)).toBe('<div><p>keep</p></div>!');
	});

	it('shows the chooser attribute values with their entities decoded', () => {
		const html =
			'<p>Keep</p><span data-kind="Q&amp;A">drop</span><span data-kind="Q&amp;amp;A">keep</span>';
		const isQuestions = (_name: string, attributes: Readonly<Record<string, string>>) =>
			attributes['data-kind'] === 'Q&A';
		expect(removeElements(html, isQuestions)).toBe(
			'<p>Keep</p><span data-kind="Q&amp;amp;A">keep</span>'
		);
	});

	it('returns the HTML unchanged when nothing is chosen', () => {
		const html = '<aside class="notes">keep</aside><p>x</p>';
		expect(removeElements(html, isNote)).toBe(html);
	});
});
