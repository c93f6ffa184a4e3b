import { sectionPath, type Section } from '@/lib/paths';
import { siteConfig } from '@/site.config';

/** A section's index page as its head metadata and its social card describe it. */
export interface SectionPage {
	path: string;
	title: string;
	description: string;
}

const sectionPage = (section: Section & keyof typeof siteConfig.sections): SectionPage => ({
	path: sectionPath(section),
	...siteConfig.sections[section],
});

/** The index pages of the site's sections, as src/site.config.ts names them. */
export const SECTION_PAGES = {
	blog: sectionPage('blog'),
	tags: sectionPage('tags'),
	caseStudies: sectionPage('caseStudies'),
	experiments: sectionPage('experiments'),
	series: sectionPage('series'),
} as const satisfies Record<string, SectionPage>;
