import { describe, expect, it } from 'vitest';
import { headingAnchorLabel, removeHeadingAnchors } from '@/features/headings/heading-anchors';

describe('headingAnchorLabel', () => {
	it('says which section the link points at', () => {
		expect(headingAnchorLabel(' Schema ')).toBe('Section titled “Schema”');
	});
});

describe('removeHeadingAnchors', () => {
	const anchor =
		'<a class="heading-anchor" href="#setup" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="sr-only">Section titled “Set &lt;up&gt;”</span></a>';

	it('removes every anchor link and keeps the headings, their ids and links inside them', () => {
		const html = `<div class="heading-wrapper"><h2 id="setup">Set <a href="/x/">up</a></h2>${anchor}</div><p>Text</p><div class="heading-wrapper"><h3 id="b">B</h3>${anchor.replace('#setup', '#b')}</div>`;
		expect(removeHeadingAnchors(html)).toBe(
			'<div class="heading-wrapper"><h2 id="setup">Set <a href="/x/">up</a></h2></div><p>Text</p><div class="heading-wrapper"><h3 id="b">B</h3></div>'
		);
	});

	it('finds the class wherever it stands in the start tag', () => {
		expect(removeHeadingAnchors('<a href="#a" class="heading-anchor">#</a>!')).toBe('!');
	});

	it('finds the class among others, however they are spaced', () => {
		expect(removeHeadingAnchors('<a class="link  heading-anchor\tx" href="#a">#</a>!')).toBe('!');
	});

	it('removes only links: another element with the class stays', () => {
		const html = '<span class="heading-anchor">#</span>';
		expect(removeHeadingAnchors(html)).toBe(html);
	});

	it('leaves other links alone, even ones whose class merely contains the name', () => {
		const html = '<a class="heading-anchor-like" href="#a">a</a><a href="#b" class="x">b</a>';
		expect(removeHeadingAnchors(html)).toBe(html);
	});
});
