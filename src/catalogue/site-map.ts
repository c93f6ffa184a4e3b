import { blogIndexPath, articlePath, seriesPath, tagPath } from '@/lib/paths';
import { getSeries } from './series';
import { siteConfig } from '@/site.config';
import { getArticles, getTags } from './articles';
import { getCaseStudies, getExperiments, getPages, getServices } from './portfolio';
import { SECTION_PAGES } from './section-pages';

/** One link of the HTML site map. */
export interface SiteMapLink {
	label: string;
	/** Site path. */
	href: string;
}

/** A group of the HTML site map, with optional sub-groups (articles by year). */
export interface SiteMapSection {
	/** For the heading's id, e.g. `case-studies`. */
	id: string;
	title: string;
	links: SiteMapLink[];
	groups?: { title: string; links: SiteMapLink[] }[];
}

/**
 * Every public page for people, by section: the same collections, filtered the same way, as the
 * pages Astro builds and @astrojs/sitemap lists, so the two site maps cannot disagree (a test
 * compares them). Paginated index pages are left out; their articles are listed.
 */
export async function getSiteMapSections(): Promise<SiteMapSection[]> {
	const [articles, tags, series, caseStudies, experiments, services, pages] = await Promise.all([
		getArticles(),
		getTags(),
		getSeries(),
		getCaseStudies(),
		getExperiments(),
		getServices(),
		getPages(),
	]);
	const year = new Intl.DateTimeFormat(siteConfig.locale, {
		timeZone: siteConfig.timeZone,
		year: 'numeric',
	});
	const byYear = new Map<string, SiteMapLink[]>();
	for (const article of articles) {
		const key = year.format(article.pubDate);
		byYear.set(key, [
			...(byYear.get(key) ?? []),
			{ label: article.title, href: articlePath(article.slug) },
		]);
	}
	const sections: SiteMapSection[] = [
		{
			id: 'pages',
			title: 'Pages',
			links: [
				{ label: 'Home', href: '/' },
				...pages.map(({ id, data }) => ({ label: data.title, href: `/${id}/` })),
				{ label: 'Site map', href: '/site-map/' },
			],
		},
		{
			id: 'articles',
			title: 'Articles',
			links: [{ label: 'All articles', href: blogIndexPath() }],
			groups: [...byYear].map(([title, links]) => ({ title, links })),
		},
		{
			id: 'series',
			title: 'Series',
			links: series.length
				? [
						{ label: 'All series', href: SECTION_PAGES.series.path },
						...series.map(({ id, title }) => ({ label: title, href: seriesPath(id) })),
					]
				: [],
		},
		{
			id: 'case-studies',
			title: 'Case studies',
			links: caseStudies.length
				? [
						{ label: 'All case studies', href: '/case-studies/' },
						...caseStudies.map(({ id, data }) => ({
							label: data.title,
							href: `/case-studies/${id}/`,
						})),
					]
				: [],
		},
		{
			id: 'experiments',
			title: 'Experiments',
			links: experiments.length
				? [
						{ label: 'All experiments', href: '/experiments/' },
						...experiments.map(({ id, data }) => ({
							label: data.title,
							href: `/experiments/${id}/`,
						})),
					]
				: [],
		},
		{
			id: 'services',
			title: 'Services',
			links: services.map(({ id, data }) => ({ label: data.title, href: `/services/${id}/` })),
		},
		{
			id: 'tags',
			title: 'Tags',
			links: [
				{ label: 'All tags', href: '/tags/' },
				...tags.map(({ slug, label }) => ({ label: `#${label}`, href: tagPath(slug) })),
			],
		},
	];
	return sections.filter(({ links }) => links.length > 0);
}
