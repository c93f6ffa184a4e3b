import { describe, expect, it } from 'vitest';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';

const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>`;

/** The JSON-LD objects of a page, parsed the way a crawler parses them. */
function structuredData(site: typeof fixtureSite, path: string): Record<string, unknown>[] {
	return site
		.page(path)
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.rawText) as Record<string, unknown>);
}

function metaContent(site: typeof fixtureSite, path: string, property: string): string[] {
	return site
		.page(path)
		.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
		.map((meta) => meta.getAttribute('content') ?? '');
}

describe('head metadata in the built pages', () => {
	it('keeps a hostile title whole and inert in the title, Open Graph and JSON-LD', () => {
		const path = '/blog/hostile-title/';
		const page = fixtureSite.page(path);
		expect(page.querySelector('title')?.text).toBe(`${HOSTILE_TITLE} · Fieldnotes`);
		expect(metaContent(fixtureSite, path, 'og:title')).toEqual([HOSTILE_TITLE]);
		const [posting, breadcrumbs] = structuredData(fixtureSite, path);
		expect(posting).toMatchObject({ '@type': 'BlogPosting', headline: HOSTILE_TITLE });
		expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
		// Every </script> in the raw HTML closes a script element: the title never closes one.
		for (const script of page.querySelectorAll('script')) {
			expect(script.rawText).not.toContain('</script');
			expect(script.rawText).not.toContain('<!--');
		}
		// (Attribute values such as og:title hold it as text, which cannot close anything.)
		const markup = fixtureSite.read('blog/hostile-title/index.html').replace(/="[^"]*"/g, '=""');
		expect(markup.match(/<\/script>/g)?.length).toBe(page.querySelectorAll('script').length);
		expect(page.querySelectorAll('img[src="x"]')).toEqual([]);
	});

	it('describes an article for link previews: type, times, its card and its size', () => {
		const path = '/blog/idempotent-webhooks/';
		expect(metaContent(exampleSite, path, 'og:type')).toEqual(['article']);
		expect(metaContent(exampleSite, path, 'article:published_time')).toEqual([
			'2025-06-23T20:00:00.000Z',
		]);
		// The article's social card, which shows its cover (tests/build/social-cards.test.ts).
		const [image] = metaContent(exampleSite, path, 'og:image');
		expect(image).toBe('https://fieldnotes.example.com/social-cards/blog/idempotent-webhooks.png');
		expect(exampleSite.resolves(new URL(image ?? '').pathname)).toBe(true);
		expect(metaContent(exampleSite, path, 'og:image:width')).toEqual(['1200']);
		expect(metaContent(exampleSite, path, 'og:image:height')).toEqual(['630']);
		expect(metaContent(exampleSite, path, 'twitter:card')).toEqual(['summary_large_image']);
		const [posting] = structuredData(exampleSite, path);
		expect(posting).toMatchObject({
			author: {
				'@type': 'Person',
				name: 'Layla Haddad',
				url: 'https://fieldnotes.example.com/about/',
			},
			image,
		});
	});

	it('describes the home page as a WebSite and the about page as a Person', () => {
		expect(structuredData(exampleSite, '/')).toMatchObject([
			{ '@type': 'WebSite', name: 'Fieldnotes' },
		]);
		expect(structuredData(exampleSite, '/about/')[0]).toMatchObject({
			'@type': 'Person',
			name: 'Layla Haddad',
			jobTitle: 'Forward Deployed Engineer',
		});
	});

	it('gives the canonical URL, except on the 404 page, which is kept out of search engines', () => {
		expect(
			exampleSite.page('/tags/').querySelector('link[rel=canonical]')?.getAttribute('href')
		).toBe('https://fieldnotes.example.com/tags/');
		const notFound = exampleSite.page('/404.html');
		expect(notFound.querySelector('link[rel=canonical]')).toBeNull();
		expect(notFound.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
	});
});
