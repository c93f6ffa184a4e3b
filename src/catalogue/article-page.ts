import type { render } from 'astro:content';
import type { PersonFacts } from '@/features/head-metadata/head-metadata';
import { buildBreadcrumbs, type Breadcrumb } from '@/lib/breadcrumbs';
import { buildEditUrl } from '@/lib/edit-link';
import { articlePath, blogIndexPath, entryPath, seriesPath } from '@/lib/paths';
import { publicUrl } from './site-urls';
import type { ReadingTime } from '@/features/reading-time/reading-time';
import { getContentStylesheets } from '@/features/math/stylesheet';
import { buildShareLinks, type ShareLink } from '@/features/share-links/share-links';
import {
	buildTableOfContents,
	type TableOfContentsItem,
} from '@/features/headings/table-of-contents';
import { siteConfig } from '@/site.config';
import { getRelatedArticles, type Article } from './articles';
import { getAuthorOf, type Author } from './author';
import { personFactsOf } from '@/features/head-metadata/person';
import { getPrivacyPath } from './navigation';
import { renderEntry } from './rendered-entries';
import { getServices } from './portfolio';
import { getSeriesBox } from './series';
import type { SeriesBox } from '@/features/series/series';

/** Everything the article page shows besides the article's own fields. */
export interface ArticlePageData {
	Content: Awaited<ReturnType<typeof render>>['Content'];
	tableOfContents: TableOfContentsItem[];
	readingTime: ReadingTime;
	related: Article[];
	shareLinks: ShareLink[];
	breadcrumbs: Breadcrumb[];
	url: string;
	/** "Edit this page" URL of the source file, when the site names its repository. */
	editUrl: string | undefined;
	/** The article's `author`, or the site's main author. */
	author: Author;
	/** The service the article's `cta` offers at its end. */
	callToAction: CallToAction | undefined;
	/** Where the newsletter signup links for privacy, when the site has that page. */
	privacyPath: string | undefined;
	/** The author as structured data describes them. */
	authorFacts: PersonFacts;
	/** Stylesheets the body needs besides the site's (math.css when it has math). */
	stylesheets: string[];
	/** The "Part 2 of 4" box, when the article is a part of a series. */
	seriesBox: SeriesBox | undefined;
	/** The series as structured data names it (`isPartOf`). */
	seriesFacts: { name: string; url: string } | undefined;
}

/** A box at the end of an article pointing to a service page. */
export interface CallToAction {
	title: string;
	description: string;
	href: string;
}

/** Renders one article and gathers what its page needs. */
export async function getArticlePageData(article: Article): Promise<ArticlePageData> {
	const { Content, headings, remarkPluginFrontmatter } = await renderEntry(article.entry);
	const url = publicUrl(articlePath(article.slug));
	const author = await getAuthorOf(article.entry.data.author);
	const seriesBox = await getSeriesBox(article);
	return {
		Content,
		tableOfContents: buildTableOfContents(headings),
		readingTime: readReadingTime(remarkPluginFrontmatter, article.entry.filePath ?? article.slug),
		related: await getRelatedArticles(article.slug),
		author,
		callToAction: await getCallToAction(article.entry.data.cta?.id),
		privacyPath: await getPrivacyPath(),
		authorFacts: await personFactsOf(author),
		stylesheets: getContentStylesheets(remarkPluginFrontmatter),
		seriesBox,
		seriesFacts: seriesBox && {
			name: seriesBox.seriesTitle,
			url: publicUrl(seriesPath(seriesBox.seriesId)),
		},
		shareLinks: buildShareLinks({ url, title: article.title }),
		breadcrumbs: buildBreadcrumbs([{ label: 'Blog', href: blogIndexPath() }], article.title),
		url,
		editUrl:
			siteConfig.editLink && article.entry.filePath
				? buildEditUrl(siteConfig.editLink.baseUrl, article.entry.filePath)
				: undefined,
	};
}

/** The reading time that src/features/reading-time/plugin.ts stored while rendering the article. */
function readReadingTime(frontmatter: Record<string, unknown>, file: string): ReadingTime {
	const stored = frontmatter['readingTime'] as ReadingTime | undefined;
	if (!stored) {
		throw new Error(
			`${file} has no reading time: the reading-time plugin did not run. Check markdown.processor in astro.config.ts.`
		);
	}
	return stored;
}

/** The call to action of a service id; src/catalogue/references.ts has checked that it exists. */
async function getCallToAction(serviceId: string | undefined): Promise<CallToAction | undefined> {
	if (!serviceId) return undefined;
	const service = (await getServices()).find(({ id }) => id === serviceId);
	if (!service) return undefined;
	return {
		title: service.data.title,
		description: service.data.description,
		href: entryPath('services', service.id),
	};
}
