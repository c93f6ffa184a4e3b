import { describe, expect, it } from 'vitest';
import { checkActiveContent } from '@/features/doctor/active-content';
import { outlineMarkdown } from '@/features/doctor/markdown-outline';

const kinds = (body: string, format: 'md' | 'mdx' = 'md') =>
	checkActiveContent(outlineMarkdown(body, format, 0)).map(
		({ line, message }) => `${line} ${message.split(' in the body')[0]}`
	);

describe('checkActiveContent', () => {
	it('warns about scripts, frames, event handlers and javascript: links in raw HTML', () => {
		expect(
			kinds(
				[
					'<script>alert(1)</script>',
					'',
					'<div>',
					'<img src="x.png" alt="x"',
					'  onerror="alert(1)">',
					'</div>',
					'',
					'<iframe src="https://example.com"></iframe>',
					'',
					'[a](javascript:alert(1)) and <a href="JavaScript:alert(2)">b</a>',
				].join('\n')
			)
		).toEqual([
			'1 <script> element',
			'4 onerror= attribute',
			'8 <iframe> element',
			'10 javascript: link',
			'10 javascript: link',
		]);
	});

	it('warns about the same in the JSX of MDX', () => {
		expect(
			kinds('<button onClick={go}>Go</button>\n\n<a href="javascript:x()">x</a>\n', 'mdx')
		).toEqual(['1 onclick= attribute', '3 javascript: link']);
	});

	it('leaves plain HTML, links, MathML and SVG alone', () => {
		expect(
			kinds(
				'<details><summary>More</summary>Text</details>\n\n[site](https://example.com)\n\n<svg viewBox="0 0 1 1"><circle r="1"/></svg>\n'
			)
		).toEqual([]);
	});

	it('gives each warning its line, rule and the reason to remove it', () => {
		expect(
			checkActiveContent(outlineMarkdown('Text.\n\n<embed src="movie.swf">\n', 'md', 4))
		).toEqual([
			{
				severity: 'warning',
				line: 7,
				rule: 'active-content',
				message:
					'<embed> element in the body: the Content-Security-Policy blocks it on the page and feeds drop it, so readers never see it work; remove it',
			},
		]);
	});

	it('lists the warnings in line order, and those of one line by their words', () => {
		expect(
			kinds(
				[
					'[a](javascript:one()) comes first.',
					'',
					'<span onclick="two()">then</span> [b](javascript:three()) on one line.',
					'',
					'<object data="x.swf"></object>',
					'',
					'<iframe onload="four()" src="javascript:five()"></iframe>',
				].join('\n')
			)
		).toEqual([
			'1 javascript: link',
			'3 javascript: link',
			'3 onclick= attribute',
			'5 <object> element',
			'7 <iframe> element',
			'7 javascript: link',
			'7 onload= attribute',
		]);
	});
});
