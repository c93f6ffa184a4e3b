import { siteConfig } from '@/site.config';

/** A section's index page as its head metadata and its social card describe it. */
export interface SectionPage {
	path: string;
	title: string;
	description: string;
}

/** The index pages of the site's sections, shared by each page and its social card. */
export const SECTION_PAGES = {
	blog: { path: '/blog/', title: 'Blog', description: siteConfig.description },
	tags: {
		path: '/tags/',
		title: 'Tags',
		description: 'Every topic on the blog, with the number of articles on each.',
	},
	caseStudies: {
		path: '/case-studies/',
		title: 'Case studies',
		description: 'Client work: the problem, what was done, and the results in figures.',
	},
	experiments: {
		path: '/experiments/',
		title: 'Experiments',
		description: 'Small apps and side projects: what they do and where to try them.',
	},
	series: {
		path: '/series/',
		title: 'Series',
		description: 'Articles written in several parts, each series in reading order.',
	},
} as const satisfies Record<string, SectionPage>;
