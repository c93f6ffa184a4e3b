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

	it('includes the portfolio sections and services when they are built', () => {
		const names = pickTemplatePages([
			'case-studies/index.html',
			'case-studies/shop/index.html',
			'experiments/index.html',
			'experiments/tool/index.html',
			'services/review/index.html',
			'about/index.html',
			'site-map/index.html',
		]).map(({ name }) => name);
		expect(names).toEqual([
			'case-studies',
			'case-study',
			'experiments',
			'experiment',
			'service',
			'about',
			'site-map',
		]);
	});
});
