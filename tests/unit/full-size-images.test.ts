import { describe, expect, it } from 'vitest';
import { linkImagesToFullSize } from '@/features/full-size-images/links';

describe('linkImagesToFullSize', () => {
	it("points each full-size link at its image's src, and leaves every other byte as it was", () => {
		const html =
			'<p>Text &amp; more</p><a class="image-link" data-full-size><img src="/_astro/a_1200.webp" srcset="/_astro/a_640.webp 640w" alt="A &quot;diagram&quot;"><span class="sr-only"> (full size)</span></a><a href="/elsewhere/">x</a>';
		expect(linkImagesToFullSize(html)).toBe(
			html.replace('<a class="image-link"', '<a href="/_astro/a_1200.webp" class="image-link"')
		);
	});

	it('links several images each to its own file, and escapes the URL', () => {
		const linked = linkImagesToFullSize(
			'<a data-full-size><img src="/a.png?x=1&amp;y=2"></a><p><a data-full-size><img src="/b.png"></a></p>'
		);
		expect(linked).toBe(
			'<a href="/a.png?x=1&amp;y=2" data-full-size><img src="/a.png?x=1&amp;y=2"></a><p><a href="/b.png" data-full-size><img src="/b.png"></a></p>'
		);
	});

	it('returns content without full-size links unchanged', () => {
		const html = '<p><a href="/x/"><img src="/y.png"></a></p>';
		expect(linkImagesToFullSize(html)).toBe(html);
	});
});
