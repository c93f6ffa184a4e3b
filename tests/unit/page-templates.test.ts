import { describe, expect, it } from 'vitest';
import { pickTemplatePages } from '../../tools/page-templates';

const FILES = [
	'404.html',
	'_astro/a.css',
	'blog/2/index.html',
	'blog/a-post/index.html',
	'blog/b-post/index.html',
	'blog/index.html',
	'index.html',
	'rss.xml',
	'tags/astro/index.html',
	'tags/index.html',
];

describe('pickTemplatePages', () => {
	it('picks the first page of each kind that the build has, in reading order', () => {
		expect(pickTemplatePages(FILES)).toEqual([
			{ name: 'home', path: '/' },
			{ name: 'blog-index', path: '/blog/' },
			{ name: 'article', path: '/blog/a-post/' },
			{ name: 'tags', path: '/tags/' },
			{ name: 'tag', path: '/tags/astro/' },
			{ name: 'not-found', path: '/404.html' },
		]);
	});

	it('never takes a page of the blog index for an article', () => {
		expect(pickTemplatePages(['blog/2/index.html'])).toEqual([]);
	});

	it('uses the preferred article when it exists, the first one otherwise', () => {
		const article = (slug?: string) =>
			pickTemplatePages(FILES, slug).find(({ name }) => name === 'article')?.path;
		expect(article('b-post')).toBe('/blog/b-post/');
		expect(article('gone')).toBe('/blog/a-post/');
	});

	it('includes the series and portfolio sections when they are built', () => {
		const templates = pickTemplatePages([
			'case-studies/index.html',
			'case-studies/shop/index.html',
			'experiments/index.html',
			'experiments/tool/index.html',
			'services/review/index.html',
			'series/index.html',
			'series/queues/index.html',
			'about/index.html',
			'site-map/index.html',
		]);
		expect(templates).toEqual([
			{ name: 'series-index', path: '/series/' },
			{ name: 'series', path: '/series/queues/' },
			{ name: 'case-studies', path: '/case-studies/' },
			{ name: 'case-study', path: '/case-studies/shop/' },
			{ name: 'experiments', path: '/experiments/' },
			{ name: 'experiment', path: '/experiments/tool/' },
			{ name: 'service', path: '/services/review/' },
			{ name: 'about', path: '/about/' },
			{ name: 'site-map', path: '/site-map/' },
		]);
	});
});
