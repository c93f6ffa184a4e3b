import { describe, expect, it } from 'vitest';
import { linkImagesToFullSize } from '@/features/full-size-images/links';
import { fullSizeImagesPlugin } from '@/features/full-size-images/plugin';
import { renderMarkdown } from '../helpers/markdown';

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

	it('links only images inside full-size links, and only to an image with a src', () => {
		const html =
			'<p><a data-full-size><img alt="Not processed"></a> <img src="/beside.png" alt="Beside"></p>' +
			'<p><img src="/inline.png" alt="Inline"> and <a href="/x/"><img src="/logo.png"></a></p>' +
			'<a data-full-size><img src="/chart.png" alt="A chart"></a>';
		expect(linkImagesToFullSize(html)).toBe(
			html.replace(
				'<a data-full-size><img src="/chart.png"',
				'<a href="/chart.png" data-full-size><img src="/chart.png"'
			)
		);
	});

	it('links the image of a <picture>, and only from a link: not another element, nor a link without an image', () => {
		const picture =
			'<a data-full-size><picture><source srcset="/a.avif" type="image/avif"><img src="/a.png" alt="A"></picture></a>';
		expect(linkImagesToFullSize(picture)).toBe(
			picture.replace('<a data-full-size>', '<a href="/a.png" data-full-size>')
		);
		const unlinked =
			'<figure data-full-size><img src="/b.png" alt="B"></figure><a data-full-size></a><img src="/c.png" alt="C">';
		expect(linkImagesToFullSize(unlinked)).toBe(unlinked);
	});

	it('escapes a quote in the URL of the image', () => {
		expect(linkImagesToFullSize('<a data-full-size><img src=\'/say-"hi".png\'></a>')).toBe(
			'<a href="/say-&quot;hi&quot;.png" data-full-size><img src=\'/say-"hi".png\'></a>'
		);
	});

	it('returns content without full-size links unchanged', () => {
		const html = '<p><a href="/x/"><img src="/y.png"></a></p>';
		expect(linkImagesToFullSize(html)).toBe(html);
	});
});

describe('fullSizeImagesPlugin, through the Markdown renderer', () => {
	const render = async (markdown: string) =>
		(await renderMarkdown(markdown, [fullSizeImagesPlugin])).html.trim();

	// Sätteri hands a local image to astro:assets as a placeholder, which the plugin wraps as it is.
	it('wraps an image in a full-size link whose hidden text follows the alt text', async () => {
		expect(await render('![A retry diagram](./retries.png)')).toBe(
			'<p><a class="image-link" data-full-size=""><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;A retry diagram&quot;,&quot;src&quot;:&quot;./retries.png&quot;,&quot;index&quot;:0}"><span class="sr-only" data-pagefind-ignore=""> (full size)</span></a></p>'
		);
	});

	it('names the link on its own when the image has no alt text', async () => {
		expect(await render('![](./chart.png)')).toContain(
			'<span class="sr-only" data-pagefind-ignore="">The image, full size</span>'
		);
	});

	it('leaves an image that already is a link as it is, and only images', async () => {
		const linked = '[![Logo](./logo.png)](https://example.com/)';
		expect(await render(linked)).toBe(
			'<p><a href="https://example.com/"><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;Logo&quot;,&quot;src&quot;:&quot;./logo.png&quot;,&quot;index&quot;:0}"></a></p>'
		);
		expect(await render('[a link](https://example.com/) and `code`')).not.toContain(
			'data-full-size'
		);
	});
});
