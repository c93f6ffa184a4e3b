import { defineSiteConfig } from './content-model/site-config';
import { FEED_PATHS } from './features/feeds/feed';
import { PAGE_PATHS, pagePath, sectionPath } from './lib/paths';

/** The site owner's settings. Every field is documented in `src/content-model/site-config.ts`. */
export const siteConfig = defineSiteConfig({
	title: 'Fieldnotes',
	description:
		'Notes from the field by Layla Haddad: engineering, architecture and consulting for teams that ship.',
	url: 'https://fieldnotes.example.com',
	locale: 'en-GB',
	timeZone: 'Asia/Dubai',
	author: 'layla-haddad',
	hero: 'Layla Haddad writes about engineering that ships.',
	sections: {
		blog: {
			description:
				'Articles on architecture, reliability and consulting for teams that ship, newest first.',
		},
	},
	navigation: [
		{ label: 'Blog', href: sectionPath('blog') },
		{ label: 'Case studies', href: sectionPath('caseStudies') },
		{ label: 'Experiments', href: sectionPath('experiments') },
		{ label: 'About', href: pagePath('about') },
	],
	footerLinks: [
		{ label: 'RSS', href: FEED_PATHS.rss },
		{ label: 'Site map', href: PAGE_PATHS.siteMap },
		{ label: 'Terms', href: pagePath('terms') },
		{ label: 'Privacy', href: pagePath('privacy') },
	],
	newsletter: { action: 'https://buttondown.com/api/emails/embed-subscribe/fieldnotes' },
	postsPerPage: 10,
	editLink: { baseUrl: 'https://github.com/fieldnotes/fieldnotes/edit/main/' },
});
