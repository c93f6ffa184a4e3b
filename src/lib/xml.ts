// Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
// line feed and carriage return, lone surrogates, and U+FFFE/U+FFFF.
const NOT_XML_CHARACTER =
	// eslint-disable-next-line no-control-regex -- matching those control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/**
 * Text without the characters an XML document cannot hold, even escaped. One of them in a title
 * would make a whole feed unreadable, so they are dropped.
 */
export function toXmlCharacters(text: string): string {
	return text.replace(NOT_XML_CHARACTER, '');
}

/**
 * Text as XML character data or an attribute value (in either quotes): markup characters become
 * entities, and characters XML cannot hold are dropped.
 * @example escapeXml('</script> & "x"') // '&lt;/script&gt; &amp; &quot;x&quot;'
 */
export function escapeXml(text: string): string {
	// Stryker disable next-line StringLiteral: ENTITIES has every character the pattern matches; the fallback only satisfies the type
	return toXmlCharacters(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '');
}
