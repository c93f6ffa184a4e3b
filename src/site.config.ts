import { defineSiteConfig } from './content-model/site-config';

/** The site owner's settings. Every field is documented in `src/content-model/site-config.ts`. */
export const siteConfig = defineSiteConfig({
	title: 'Fieldnotes',
	description:
		'Notes from the field by Layla Haddad: engineering, architecture and consulting for teams that ship.',
	url: 'https://fieldnotes.example.com',
	locale: 'en-GB',
	timeZone: 'Asia/Dubai',
	author: 'layla-haddad',
	navigation: [
		{ label: 'Blog', href: '/blog/' },
		{ label: 'Case studies', href: '/case-studies/' },
		{ label: 'Experiments', href: '/experiments/' },
		{ label: 'About', href: '/about/' },
	],
	footerLinks: [
		{ label: 'RSS', href: '/rss.xml' },
		{ label: 'Site map', href: '/site-map/' },
		{ label: 'Terms', href: '/terms/' },
		{ label: 'Privacy', href: '/privacy/' },
	],
	newsletter: { action: 'https://buttondown.com/api/emails/embed-subscribe/fieldnotes' },
	postsPerPage: 10,
	editLink: { baseUrl: 'https://github.com/fieldnotes/fieldnotes/edit/main/' },
});
