import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, toXmlCharacters } from '@/lib/xml';

const HOSTILE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)> ]]>`;

describe('escapeXml', () => {
	it('turns every markup character into an entity', () => {
		expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;'
		);
	});

	it('gives back the same text through an XML parser, as element text and as an attribute', () => {
		const xml = `<doc title="${escapeXml(HOSTILE)}">${escapeXml(HOSTILE)}</doc>`;
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
			doc: { '#text': string; '@_title': string };
		};
		expect(parsed.doc['#text']).toBe(HOSTILE);
		expect(parsed.doc['@_title']).toBe(HOSTILE);
	});

	it('escapes an ampersand that already looks like an entity', () => {
		expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
	});
});

describe('toXmlCharacters', () => {
	it('drops control characters and lone surrogates, which no XML document may hold', () => {
		expect(toXmlCharacters('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDC00h')).toBe('abcdefgh');
	});

	it('keeps tabs, line breaks, emoji and every other character', () => {
		const text = 'tab\there\nline\r\nend — 日本語 🚀 \u00A0 \uE000';
		expect(toXmlCharacters(text)).toBe(text);
	});
});
