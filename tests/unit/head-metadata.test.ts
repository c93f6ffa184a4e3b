import { describe, expect, it } from 'vitest';
import {
	buildHeadMetadata,
	serializeJsonLd,
	type HeadMetadataInput,
} from '@/features/head-metadata/head-metadata';

const AUTHOR = {
	name: 'Layla Haddad',
	jobTitle: 'Forward Deployed Engineer',
	url: 'https://example.com/about/',
	sameAs: ['https://github.com/fieldnotes'],
};

const PAGE: HeadMetadataInput = {
	siteName: 'Fieldnotes',
	locale: 'en-GB',
	pageUrl: 'https://example.com/tags/',
	title: 'Tags',
	description: 'Every tag.',
	kind: 'page',
	author: AUTHOR,
};

const ARTICLE: HeadMetadataInput = {
	...PAGE,
	pageUrl: 'https://example.com/blog/webhooks/',
	title: 'Idempotent webhooks',
	description: 'Retries without double charges.',
	kind: 'article',
	article: {
		publishedTime: new Date('2025-06-23T20:00:00Z'),
		modifiedTime: new Date('2025-07-01T20:00:00Z'),
		tags: ['reliability', 'Postgres'],
		author: AUTHOR,
	},
	image: { url: 'https://example.com/_astro/cover.jpg', width: 1200, height: 675, alt: 'Boxes' },
	breadcrumbs: [
		{ name: 'Home', url: 'https://example.com/' },
		{ name: 'Blog', url: 'https://example.com/blog/' },
		{ name: 'Idempotent webhooks', url: 'https://example.com/blog/webhooks/' },
	],
};

const contentOf = (metadata: ReturnType<typeof buildHeadMetadata>, key: string) =>
	metadata.meta
		.filter((tag) => ('name' in tag ? tag.name : tag.property) === key)
		.map(({ content }) => content);

describe('buildHeadMetadata', () => {
	it('gives an article every head tag a search engine, a feed reader and a link preview read', () => {
		expect(buildHeadMetadata(ARTICLE)).toEqual({
			title: 'Idempotent webhooks · Fieldnotes',
			canonicalUrl: 'https://example.com/blog/webhooks/',
			meta: [
				{ name: 'description', content: 'Retries without double charges.' },
				{ property: 'og:type', content: 'article' },
				{ property: 'og:title', content: 'Idempotent webhooks' },
				{ property: 'og:description', content: 'Retries without double charges.' },
				{ property: 'og:url', content: 'https://example.com/blog/webhooks/' },
				{ property: 'og:site_name', content: 'Fieldnotes' },
				{ property: 'og:locale', content: 'en_GB' },
				{ property: 'article:published_time', content: '2025-06-23T20:00:00.000Z' },
				{ property: 'article:modified_time', content: '2025-07-01T20:00:00.000Z' },
				{ property: 'article:author', content: 'Layla Haddad' },
				{ property: 'article:tag', content: 'reliability' },
				{ property: 'article:tag', content: 'Postgres' },
				{ property: 'og:image', content: 'https://example.com/_astro/cover.jpg' },
				{ property: 'og:image:width', content: '1200' },
				{ property: 'og:image:height', content: '675' },
				{ property: 'og:image:alt', content: 'Boxes' },
				{ name: 'twitter:card', content: 'summary_large_image' },
			],
			structuredData: [
				{
					'@context': 'https://schema.org',
					'@type': 'BlogPosting',
					headline: 'Idempotent webhooks',
					description: 'Retries without double charges.',
					url: 'https://example.com/blog/webhooks/',
					mainEntityOfPage: 'https://example.com/blog/webhooks/',
					datePublished: '2025-06-23T20:00:00.000Z',
					dateModified: '2025-07-01T20:00:00.000Z',
					author: {
						'@type': 'Person',
						name: 'Layla Haddad',
						jobTitle: 'Forward Deployed Engineer',
						url: 'https://example.com/about/',
						sameAs: ['https://github.com/fieldnotes'],
					},
					inLanguage: 'en-GB',
					keywords: 'reliability, Postgres',
					image: 'https://example.com/_astro/cover.jpg',
				},
				{
					'@context': 'https://schema.org',
					'@type': 'BreadcrumbList',
					itemListElement: [
						{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.com/' },
						{ '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://example.com/blog/' },
						{
							'@type': 'ListItem',
							position: 3,
							name: 'Idempotent webhooks',
							item: 'https://example.com/blog/webhooks/',
						},
					],
				},
			],
			feeds: [],
			pagination: { previous: undefined, next: undefined },
		});
	});

	it('gives a page without an image, tags or dates only the tags that apply', () => {
		expect(buildHeadMetadata(PAGE)).toEqual({
			title: 'Tags · Fieldnotes',
			canonicalUrl: 'https://example.com/tags/',
			meta: [
				{ name: 'description', content: 'Every tag.' },
				{ property: 'og:type', content: 'website' },
				{ property: 'og:title', content: 'Tags' },
				{ property: 'og:description', content: 'Every tag.' },
				{ property: 'og:url', content: 'https://example.com/tags/' },
				{ property: 'og:site_name', content: 'Fieldnotes' },
				{ property: 'og:locale', content: 'en_GB' },
				{ name: 'twitter:card', content: 'summary' },
			],
			structuredData: [],
			feeds: [],
			pagination: { previous: undefined, next: undefined },
		});
	});

	it('describes the home page by the site name, and keeps a 404 page out of search engines', () => {
		const home = buildHeadMetadata({ ...PAGE, kind: 'home', title: undefined });
		expect(home.meta.slice(0, 3)).toEqual([
			{ name: 'description', content: 'Every tag.' },
			{ property: 'og:type', content: 'website' },
			{ property: 'og:title', content: 'Fieldnotes' },
		]);
		const notFound = buildHeadMetadata({
			...PAGE,
			noindex: true,
			pageUrl: 'https://example.com/404.html',
		});
		expect(notFound.meta.slice(0, 2)).toEqual([
			{ name: 'description', content: 'Every tag.' },
			{ name: 'robots', content: 'noindex' },
		]);
		expect(notFound.meta).toContainEqual({
			property: 'og:url',
			content: 'https://example.com/404.html',
		});
	});

	it('describes an article without an update, tags or image with its publication date alone', () => {
		const [posting] = buildHeadMetadata({
			...ARTICLE,
			image: undefined,
			article: { ...ARTICLE.article!, modifiedTime: undefined, tags: [] },
			breadcrumbs: [{ name: 'Home', url: 'https://example.com/' }],
		}).structuredData;
		expect(posting).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BlogPosting',
			headline: 'Idempotent webhooks',
			description: 'Retries without double charges.',
			url: 'https://example.com/blog/webhooks/',
			mainEntityOfPage: 'https://example.com/blog/webhooks/',
			datePublished: '2025-06-23T20:00:00.000Z',
			dateModified: '2025-06-23T20:00:00.000Z',
			author: {
				'@type': 'Person',
				name: 'Layla Haddad',
				jobTitle: 'Forward Deployed Engineer',
				url: 'https://example.com/about/',
				sameAs: ['https://github.com/fieldnotes'],
			},
			inLanguage: 'en-GB',
		});
	});

	it('names a person by what is known of them, and nothing more', () => {
		const [about] = buildHeadMetadata({
			...PAGE,
			kind: 'about',
			author: { name: 'Ada', sameAs: [] },
		}).structuredData;
		expect(about).toEqual({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ada' });
	});

	it('describes the home page as the WebSite, written by the main author', () => {
		expect(
			buildHeadMetadata({
				...PAGE,
				kind: 'home',
				title: undefined,
				pageUrl: 'https://example.com/',
			}).structuredData
		).toEqual([
			{
				'@context': 'https://schema.org',
				'@type': 'WebSite',
				name: 'Fieldnotes',
				url: 'https://example.com/',
				description: 'Every tag.',
				inLanguage: 'en-GB',
				author: {
					'@type': 'Person',
					name: 'Layla Haddad',
					jobTitle: 'Forward Deployed Engineer',
					url: 'https://example.com/about/',
					sameAs: ['https://github.com/fieldnotes'],
				},
			},
		]);
	});

	it('links the neighbours of a page of a paginated list, and nothing on other pages', () => {
		expect(buildHeadMetadata(PAGE).pagination).toEqual({ previous: undefined, next: undefined });
		expect(
			buildHeadMetadata({ ...PAGE, pagination: { previous: '/blog/', next: '/blog/3/' } })
				.pagination
		).toEqual({ previous: '/blog/', next: '/blog/3/' });
		expect(buildHeadMetadata({ ...PAGE, pagination: { next: '/blog/2/' } }).pagination).toEqual({
			previous: undefined,
			next: '/blog/2/',
		});
	});

	it('titles a page with the site name, and the home page with the site name alone', () => {
		expect(buildHeadMetadata(PAGE).title).toBe('Tags · Fieldnotes');
		expect(buildHeadMetadata({ ...PAGE, title: undefined, kind: 'home' }).title).toBe('Fieldnotes');
	});

	it('uses the page URL as canonical unless the frontmatter names another, and none with noindex', () => {
		expect(buildHeadMetadata(PAGE).canonicalUrl).toBe('https://example.com/tags/');
		const elsewhere = buildHeadMetadata({ ...ARTICLE, canonicalUrl: 'https://dev.to/x' });
		expect(elsewhere.canonicalUrl).toBe('https://dev.to/x');
		expect(contentOf(elsewhere, 'og:url')).toEqual(['https://dev.to/x']);
		const notFound = buildHeadMetadata({ ...PAGE, noindex: true });
		expect(notFound.canonicalUrl).toBeUndefined();
		expect(contentOf(notFound, 'robots')).toEqual(['noindex']);
	});

	it('describes an article for Open Graph: type, times, tags and the image with its size and alt', () => {
		const metadata = buildHeadMetadata(ARTICLE);
		expect(contentOf(metadata, 'og:type')).toEqual(['article']);
		expect(contentOf(metadata, 'article:published_time')).toEqual(['2025-06-23T20:00:00.000Z']);
		expect(contentOf(metadata, 'article:modified_time')).toEqual(['2025-07-01T20:00:00.000Z']);
		expect(contentOf(metadata, 'article:tag')).toEqual(['reliability', 'Postgres']);
		expect(contentOf(metadata, 'og:image')).toEqual(['https://example.com/_astro/cover.jpg']);
		expect(contentOf(metadata, 'og:image:width')).toEqual(['1200']);
		expect(contentOf(metadata, 'og:image:alt')).toEqual(['Boxes']);
		expect(contentOf(metadata, 'twitter:card')).toEqual(['summary_large_image']);
		expect(contentOf(metadata, 'og:locale')).toEqual(['en_GB']);
	});

	it('gives other pages type website and a small Twitter card without an image', () => {
		const metadata = buildHeadMetadata(PAGE);
		expect(contentOf(metadata, 'og:type')).toEqual(['website']);
		expect(contentOf(metadata, 'og:image')).toEqual([]);
		expect(contentOf(metadata, 'twitter:card')).toEqual(['summary']);
	});

	it('describes an article as a BlogPosting by a Person, with its breadcrumbs', () => {
		const [posting, breadcrumbs] = buildHeadMetadata(ARTICLE).structuredData;
		expect(posting).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'BlogPosting',
			headline: 'Idempotent webhooks',
			datePublished: '2025-06-23T20:00:00.000Z',
			dateModified: '2025-07-01T20:00:00.000Z',
			author: { '@type': 'Person', name: 'Layla Haddad', url: 'https://example.com/about/' },
			image: 'https://example.com/_astro/cover.jpg',
			keywords: 'reliability, Postgres',
		});
		expect(breadcrumbs).toMatchObject({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ position: 1, name: 'Home', item: 'https://example.com/' },
				{ position: 2, name: 'Blog' },
				{ position: 3, name: 'Idempotent webhooks' },
			],
		});
	});

	it('says which series an article is a part of, and nothing when it is in none', () => {
		const [posting] = buildHeadMetadata({
			...ARTICLE,
			article: {
				...ARTICLE.article!,
				series: { name: 'Queues & back-pressure', url: 'https://example.com/series/queues/' },
			},
		}).structuredData;
		expect(posting?.['isPartOf']).toEqual({
			'@type': 'CreativeWorkSeries',
			name: 'Queues & back-pressure',
			url: 'https://example.com/series/queues/',
		});
		expect(buildHeadMetadata(ARTICLE).structuredData[0]).not.toHaveProperty('isPartOf');
	});

	it('describes the home page as a WebSite and the about page as the Person', () => {
		const [website] = buildHeadMetadata({ ...PAGE, kind: 'home', title: undefined }).structuredData;
		expect(website).toMatchObject({
			'@type': 'WebSite',
			name: 'Fieldnotes',
			author: { name: 'Layla Haddad' },
		});
		const [about] = buildHeadMetadata({ ...PAGE, kind: 'about' }).structuredData;
		expect(about).toEqual({
			'@context': 'https://schema.org',
			...{ '@type': 'Person' },
			...{
				name: 'Layla Haddad',
				jobTitle: 'Forward Deployed Engineer',
				url: 'https://example.com/about/',
				sameAs: ['https://github.com/fieldnotes'],
			},
		});
		expect(buildHeadMetadata(PAGE).structuredData).toEqual([]);
	});

	it('announces the feeds it is given, in order, each with its media type', () => {
		const { feeds } = buildHeadMetadata({
			...PAGE,
			feeds: [
				{ format: 'rss', title: 'Fieldnotes', url: 'https://example.com/rss.xml' },
				{ format: 'atom', title: 'Fieldnotes (Atom)', url: 'https://example.com/atom.xml' },
				{ format: 'json', title: 'Fieldnotes (JSON Feed)', url: 'https://example.com/feed.json' },
				{ format: 'rss', title: 'Fieldnotes — Go', url: 'https://example.com/tags/go/rss.xml' },
			],
		});
		expect(feeds).toEqual([
			{ type: 'application/rss+xml', title: 'Fieldnotes', href: 'https://example.com/rss.xml' },
			{
				type: 'application/atom+xml',
				title: 'Fieldnotes (Atom)',
				href: 'https://example.com/atom.xml',
			},
			{
				type: 'application/feed+json',
				title: 'Fieldnotes (JSON Feed)',
				href: 'https://example.com/feed.json',
			},
			{
				type: 'application/rss+xml',
				title: 'Fieldnotes — Go',
				href: 'https://example.com/tags/go/rss.xml',
			},
		]);
		expect(buildHeadMetadata(PAGE).feeds).toEqual([]);
	});
});

describe('serializeJsonLd', () => {
	const hostile = 'Oops </script><script>alert(1)</script> <!-- & \u2028 "quoted"';

	it('cannot end the script element or open a comment, whatever the title holds', () => {
		const json = serializeJsonLd({ headline: hostile });
		expect(json).not.toMatch(/<|>/);
		expect(json).not.toContain('&');
		expect(json).not.toContain('\u2028');
	});

	it('writes each character that could end the element or upset a parser as a \\u escape', () => {
		expect(serializeJsonLd({ text: '</a> & \u2028\u2029' })).toBe(
			String.raw`{"text":"\u003c/a\u003e \u0026 \u2028\u2029"}`
		);
	});

	it('still reads back as the same data', () => {
		expect(JSON.parse(serializeJsonLd({ headline: hostile, n: 1 }))).toEqual({
			headline: hostile,
			n: 1,
		});
	});
});
