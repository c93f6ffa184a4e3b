import { FEED_PATHS, getTagFeedTitle, type FeedLink } from './feed';
import { tagFeedPath } from '@/lib/paths';
import type { TagSummary } from '@/content-model/tags';
import { siteConfig } from '@/site.config';
import { publicUrl } from '@/catalogue/site-urls';

/** The site-wide feeds every page announces: RSS first, which readers pick when they pick one. */
export function getSiteFeedLinks(): FeedLink[] {
	return [
		{ format: 'rss', title: siteConfig.title, url: publicUrl(FEED_PATHS.rss) },
		{ format: 'atom', title: `${siteConfig.title} (Atom)`, url: publicUrl(FEED_PATHS.atom) },
		{ format: 'json', title: `${siteConfig.title} (JSON Feed)`, url: publicUrl(FEED_PATHS.json) },
	];
}

/** The RSS feed of one tag, as its pages announce it. */
export function getTagFeedLink(tag: Pick<TagSummary, 'slug' | 'label'>): FeedLink {
	return {
		format: 'rss',
		title: getTagFeedTitle(siteConfig.title, tag.label),
		url: publicUrl(tagFeedPath(tag.slug)),
	};
}
