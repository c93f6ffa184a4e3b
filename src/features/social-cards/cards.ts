import type { ImageMetadata } from 'astro';
import { formatDate } from '@/lib/format-date';
import type { PreviewImage } from '@/features/head-metadata/head-metadata';
import {
	articlePath,
	entryPath,
	PAGE_PATHS,
	seriesPath,
	socialCardPath,
	socialCardPreviewPath,
	tagPath,
} from '@/lib/paths';
import { fitSocialCardText, SOCIAL_CARD_SIZE, socialCardAlt, type SocialCardContent } from './card';
import { siteConfig } from '@/site.config';
import { getArticles, getTags } from '@/catalogue/articles';
import { getMainAuthor } from '@/catalogue/author';
import { getCaseStudies, getExperiments } from '@/catalogue/portfolio';
import { SECTION_PAGES } from '@/catalogue/section-pages';
import { getSeries } from '@/catalogue/series';
import { DRAWABLE, measureCardText, type SocialCardJob } from './renderer';
import { publicUrl } from '@/catalogue/site-urls';

/** A social card and the page it belongs to. */
export interface SocialCard extends SocialCardJob {
	/** Site path of the page, e.g. `/blog/x/`. */
	pagePath: string;
}

let cardsPromise: Promise<Map<string, SocialCard>> | undefined;

/**
 * Every social card of the build, by page path: one per published article, case study and
 * experiment, one per tag and series, one per section index and one for the home page. Drafts and scheduled
 * entries are not in the collections this reads, so they never get a card.
 */
export function getSocialCards(): Promise<Map<string, SocialCard>> {
	cardsPromise ??= collectSocialCards();
	return cardsPromise;
}

/**
 * The link-preview image of a page: its own card, its section's for later pages of a list
 * (`/blog/2/` has the blog's), and the home page's card for every other page.
 */
export async function getSocialCardImage(pagePath: string): Promise<PreviewImage> {
	const cards = await getSocialCards();
	const card =
		cards.get(pagePath) ??
		cards.get(pagePath.replace(/\/\d+\/$/, '/')) ??
		cards.get(PAGE_PATHS.home);
	if (!card) throw new Error('The home page has no social card.');
	return {
		url: publicUrl(card.path),
		...SOCIAL_CARD_SIZE,
		alt: socialCardAlt(
			card.content,
			fitSocialCardText(card.content, {
				drawable: DRAWABLE,
				measure: measureCardText,
				// Only whether there is a cover matters to the text, not the image.
				coverDataUrl: card.coverFile,
			})
		),
	};
}

/** What a card says besides the site's name and host, and the cover it shows. */
type CardFacts = Omit<SocialCardContent, 'siteName' | 'siteHost' | 'tags'> & {
	tags?: readonly string[];
	cover?: ImageMetadata | undefined;
};

async function collectSocialCards(): Promise<Map<string, SocialCard>> {
	const [articles, tags, caseStudies, experiments, series, author] = await Promise.all([
		getArticles(),
		getTags(),
		getCaseStudies(),
		getExperiments(),
		getSeries(),
		getMainAuthor(),
	]);
	const { locale, timeZone } = siteConfig;
	const dated = (date: Date) => formatDate(date, { locale, timeZone });
	const sections = [
		SECTION_PAGES.blog,
		SECTION_PAGES.tags,
		...(caseStudies.length > 0 ? [SECTION_PAGES.caseStudies] : []),
		...(experiments.length > 0 ? [SECTION_PAGES.experiments] : []),
		...(series.length > 0 ? [SECTION_PAGES.series] : []),
	];
	const facts: [string, CardFacts][] = [
		[
			PAGE_PATHS.home,
			{
				title: siteConfig.description,
				description: [author.name, author.role, author.location].join(' · '),
			},
		],
		...sections.map(({ path, title, description }): [string, CardFacts] => [
			path,
			{ title, description },
		]),
		...articles.map((article): [string, CardFacts] => [
			articlePath(article.slug),
			{
				label: 'Article',
				title: article.title,
				description: article.description,
				date: dated(article.pubDate),
				tags: article.tags.map(({ label }) => `#${label}`),
				cover: article.entry.data.cover,
			},
		]),
		...tags.map((tag): [string, CardFacts] => [
			tagPath(tag.slug),
			{
				label: 'Tag',
				title: `Articles tagged #${tag.label}`,
				description: `${tag.count} ${tag.count === 1 ? 'article' : 'articles'} on ${siteConfig.title}.`,
			},
		]),
		...series.map(({ id, title, description }): [string, CardFacts] => [
			seriesPath(id),
			{ label: 'Series', title, description },
		]),
		...caseStudies.map(({ id, data }): [string, CardFacts] => [
			entryPath('caseStudies', id),
			{
				label: 'Case study',
				title: data.title,
				description: data.description,
				date: dated(data.pubDate),
				tags: data.tags.length > 0 ? data.tags.map((tag) => `#${tag}`) : data.stack,
				cover: data.cover,
			},
		]),
		...experiments.map(({ id, data }): [string, CardFacts] => [
			entryPath('experiments', id),
			{
				label: 'Experiment',
				title: data.title,
				description: data.description,
				date: dated(data.pubDate),
				tags: data.stack,
				cover: data.cover,
			},
		]),
	];
	const site = { siteName: siteConfig.title, siteHost: new URL(siteConfig.url).host };
	return new Map(
		facts.map(([pagePath, { cover, tags: shown = [], ...content }]) => [
			pagePath,
			{
				pagePath,
				path: socialCardPath(pagePath),
				previewPath: socialCardPreviewPath(pagePath),
				content: { ...site, ...content, tags: shown },
				coverFile: cover && coverFileOf(cover),
			},
		])
	);
}

/** The source file of a cover, which astro:assets records on the image's metadata. */
function coverFileOf(cover: ImageMetadata): string {
	const file = (cover as ImageMetadata & { fsPath?: string }).fsPath;
	if (!file) throw new Error(`No source file for the cover image ${cover.src}.`);
	return file;
}
