import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedItems } from '@/data/feed';
import { publicUrl } from '@/data/site-urls';
import { siteConfig } from '@/site.config';

export const GET: APIRoute = async () => {
	const items = await getFeedItems();
	const feedUrl = publicUrl('/rss.xml');
	// The channel date is the newest article's, not the clock's, so rebuilding a commit changes nothing.
	const lastBuildDate = items[0]?.pubDate.toUTCString();
	return rss({
		title: siteConfig.title,
		description: siteConfig.description,
		site: publicUrl('/'),
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${siteConfig.locale}</language>`,
			// @astrojs/rss leaves out the self link that feed validators require.
			`<atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
			lastBuildDate ? `<lastBuildDate>${lastBuildDate}</lastBuildDate>` : '',
		].join(''),
	});
};
