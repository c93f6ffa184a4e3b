import { FEED_MEDIA_TYPES, type FeedLink } from '@/features/feeds/feed';

/** An image for link previews, with an absolute URL. */
export interface PreviewImage {
	url: string;
	width: number;
	height: number;
	alt: string;
}

/** A person as schema.org and Open Graph describe them. */
export interface PersonFacts {
	name: string;
	jobTitle?: string | undefined;
	/** Their page on this site (the about page) or elsewhere. */
	url?: string | undefined;
	/** Their accounts elsewhere. */
	sameAs?: string[];
}

/** Everything the `<head>` of one page says about it. */
export interface HeadMetadataInput {
	siteName: string;
	/** BCP 47, e.g. `en-GB`. */
	locale: string;
	/** The page's public URL. */
	pageUrl: string;
	/** Page title without the site name; none on the home page. */
	title: string | undefined;
	description: string;
	/** Where the page was first published, when elsewhere. */
	canonicalUrl?: string | undefined;
	/** Keeps the page out of search engines (404, search). */
	noindex?: boolean;
	/** What the page is: the home page, an article, the author's about page, or any other page. */
	kind: 'home' | 'article' | 'about' | 'page';
	/** The site's main author. */
	author: PersonFacts;
	/** For `kind: 'article'`. */
	article?:
		| {
				publishedTime: Date;
				modifiedTime?: Date | undefined;
				tags: string[];
				author: PersonFacts;
				/** The series the article is a part of, with its page's public URL. */
				series?: { name: string; url: string } | undefined;
		  }
		| undefined;
	image?: PreviewImage | undefined;
	/** The trail to the page, absolute URLs; the current page last. */
	breadcrumbs?: { name: string; url: string }[];
	/** The feeds the page announces for autodiscovery, in order. */
	feeds?: readonly FeedLink[];
	/** The neighbours of a page of a paginated list, as the hrefs the page links them with. */
	pagination?: { previous?: string | undefined; next?: string | undefined };
}

/** A `<meta>` element: `name` for search engines and Twitter, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What the `<head>` renders. */
export interface HeadMetadata {
	/** The document title. */
	title: string;
	/** The canonical URL, absent on pages kept out of search engines. */
	canonicalUrl: string | undefined;
	meta: MetaTag[];
	/** schema.org objects, each for its own `<script type="application/ld+json">`. */
	structuredData: Record<string, unknown>[];
	/** `<link rel="alternate">` elements for feed autodiscovery. */
	feeds: AlternateLink[];
	/** `<link rel="prev">` and `<link rel="next">` of a page of a paginated list. */
	pagination: { previous: string | undefined; next: string | undefined };
}

/** A `<link rel="alternate">` to a feed: its media type, title and URL. */
export interface AlternateLink {
	type: string;
	title: string;
	href: string;
}

/**
 * The title, canonical URL, meta description, Open Graph and Twitter tags and schema.org data of a
 * page, from plain facts, so every page gets them the same way and a test can read them.
 */
export function buildHeadMetadata(input: HeadMetadataInput): HeadMetadata {
	const { siteName, title, description, image, article } = input;
	const documentTitle = title ? `${title} · ${siteName}` : siteName;
	const canonicalUrl = input.noindex ? undefined : (input.canonicalUrl ?? input.pageUrl);
	const meta: MetaTag[] = [
		{ name: 'description', content: description },
		...(input.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
		{ property: 'og:type', content: input.kind === 'article' ? 'article' : 'website' },
		{ property: 'og:title', content: title ?? siteName },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: canonicalUrl ?? input.pageUrl },
		{ property: 'og:site_name', content: siteName },
		{ property: 'og:locale', content: input.locale.replace('-', '_') },
		...(article
			? [
					{ property: 'article:published_time', content: article.publishedTime.toISOString() },
					...(article.modifiedTime
						? [{ property: 'article:modified_time', content: article.modifiedTime.toISOString() }]
						: []),
					{ property: 'article:author', content: article.author.name },
					...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
				]
			: []),
		...(image
			? [
					{ property: 'og:image', content: image.url },
					{ property: 'og:image:width', content: String(image.width) },
					{ property: 'og:image:height', content: String(image.height) },
					{ property: 'og:image:alt', content: image.alt },
				]
			: []),
		{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
	];
	return {
		title: documentTitle,
		canonicalUrl,
		meta,
		structuredData: structuredDataOf(input),
		feeds: (input.feeds ?? []).map(alternateLinkOf),
		pagination: { previous: input.pagination?.previous, next: input.pagination?.next },
	};
}

function alternateLinkOf({ format, title, url }: FeedLink): AlternateLink {
	return { type: FEED_MEDIA_TYPES[format], title, href: url };
}

function person({ name, jobTitle, url, sameAs }: PersonFacts): Record<string, unknown> {
	return {
		'@type': 'Person',
		name,
		...(jobTitle && { jobTitle }),
		...(url && { url }),
		...(sameAs && sameAs.length > 0 && { sameAs }),
	};
}

function structuredDataOf(input: HeadMetadataInput): Record<string, unknown>[] {
	const context = 'https://schema.org';
	const data: Record<string, unknown>[] = [];
	if (input.kind === 'home') {
		data.push({
			'@context': context,
			'@type': 'WebSite',
			name: input.siteName,
			url: input.pageUrl,
			description: input.description,
			inLanguage: input.locale,
			author: person(input.author),
		});
	}
	if (input.kind === 'about') data.push({ '@context': context, ...person(input.author) });
	if (input.kind === 'article' && input.article) {
		const { publishedTime, modifiedTime, tags, author, series } = input.article;
		data.push({
			'@context': context,
			'@type': 'BlogPosting',
			headline: input.title,
			description: input.description,
			url: input.pageUrl,
			mainEntityOfPage: input.canonicalUrl ?? input.pageUrl,
			datePublished: publishedTime.toISOString(),
			dateModified: (modifiedTime ?? publishedTime).toISOString(),
			author: person(author),
			inLanguage: input.locale,
			...(tags.length > 0 && { keywords: tags.join(', ') }),
			...(input.image && { image: input.image.url }),
			...(series && { isPartOf: { '@type': 'CreativeWorkSeries', ...series } }),
		});
	}
	if (input.breadcrumbs && input.breadcrumbs.length > 1) {
		data.push({
			'@context': context,
			'@type': 'BreadcrumbList',
			itemListElement: input.breadcrumbs.map(({ name, url }, index) => ({
				'@type': 'ListItem',
				position: index + 1,
				name,
				item: url,
			})),
		});
	}
	return data;
}

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become \u escapes, so text
 * such as `</script>` or `<!--` in a title cannot end or alter the script element; U+2028 and
 * U+2029 are escaped for old JSON parsers. The JSON means exactly the same.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replaceAll('<', '\\u003c')
		.replaceAll('>', '\\u003e')
		.replaceAll('&', '\\u0026')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}
