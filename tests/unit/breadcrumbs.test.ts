import { describe, expect, it } from 'vitest';
import { buildBreadcrumbs } from '@/lib/breadcrumbs';

describe('buildBreadcrumbs', () => {
	it('runs from Home through the ancestors to the current page', () => {
		expect(buildBreadcrumbs([{ label: 'Blog', href: '/blog/' }], 'TypeScript tips')).toEqual([
			{ label: 'Home', href: '/' },
			{ label: 'Blog', href: '/blog/' },
			{ label: 'TypeScript tips' },
		]);
	});

	it('links every step except the current page', () => {
		const trail = buildBreadcrumbs(
			[
				{ label: 'Tags', href: '/tags/' },
				{ label: 'TypeScript', href: '/tags/typescript/' },
			],
			'Page 2'
		);
		expect(trail.map(({ href }) => href)).toEqual(['/', '/tags/', '/tags/typescript/', undefined]);
		expect(trail.at(-1)).not.toHaveProperty('href');
	});

	it('gives a top-level page a two-step trail', () => {
		expect(buildBreadcrumbs([], 'About')).toEqual([
			{ label: 'Home', href: '/' },
			{ label: 'About' },
		]);
	});

	it('keeps the current label as given, including markup characters', () => {
		expect(buildBreadcrumbs([], '<b>Tom & Jerry</b>').at(-1)?.label).toBe('<b>Tom & Jerry</b>');
	});
});
