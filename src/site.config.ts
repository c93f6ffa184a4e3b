import { defineSiteConfig } from './schemas/site-config';

/** The site owner's settings. Every field is documented in `src/schemas/site-config.ts`. */
export const siteConfig = defineSiteConfig({
	title: 'Fieldnotes',
	description:
		'Notes from the field by Layla Haddad: engineering, architecture and consulting for teams that ship.',
	url: 'https://fieldnotes.example.com',
	locale: 'en-GB',
	timeZone: 'Asia/Dubai',
	author: {
		name: 'Layla Haddad',
		role: 'Forward Deployed Engineer',
		location: 'Dubai',
		bio: 'I help small teams ship reliable software: architecture, performance and the first 90 days of a platform.',
		avatar: 'avatar.png',
		email: 'hello@fieldnotes.example.com',
	},
	navigation: [
		{ label: 'Blog', href: '/blog/' },
		{ label: 'Tags', href: '/tags/' },
	],
	footerLinks: [{ label: 'RSS', href: '/rss.xml' }],
	socials: {
		github: 'https://github.com/fieldnotes',
		linkedin: 'https://www.linkedin.com/in/fieldnotes',
		telegram: 'https://t.me/fieldnotes',
	},
	postsPerPage: 10,
	editLink: { baseUrl: 'https://github.com/fieldnotes/fieldnotes/edit/main/' },
});
