import { describe, expect, it } from 'vitest';
import { getCurrentState, isBuilt } from '@/lib/navigation';

describe('getCurrentState', () => {
	it('marks the link to the current page as the page', () => {
		expect(getCurrentState('/blog/', '/blog/')).toBe('page');
		expect(getCurrentState('/', '/')).toBe('page');
	});

	it('marks a site link written without a trailing slash on its own page', () => {
		expect(getCurrentState('/search', '/search')).toBe('page');
	});

	it('marks the section link on pages inside that section', () => {
		expect(getCurrentState('/blog/', '/blog/idempotent-webhooks/')).toBe('true');
		expect(getCurrentState('/blog/', '/blog/2/')).toBe('true');
	});

	it('never marks the home link as a section of every page', () => {
		expect(getCurrentState('/', '/blog/')).toBeUndefined();
	});

	it('leaves unrelated and external links unmarked', () => {
		expect(getCurrentState('/tags/', '/blog/')).toBeUndefined();
		expect(getCurrentState('/blog/', '/blogroll/')).toBeUndefined();
		expect(getCurrentState('https://example.com/blog/', '/blog/')).toBeUndefined();
	});
});

describe('isBuilt', () => {
	const empty = { caseStudies: false, experiments: false, pageIds: new Set<string>() };
	const full = { caseStudies: true, experiments: true, pageIds: new Set(['about', 'privacy']) };

	it('needs entries for the case study and experiment indexes', () => {
		expect(isBuilt('/case-studies/', empty)).toBe(false);
		expect(isBuilt('/experiments/', empty)).toBe(false);
		expect(isBuilt('/case-studies/', full)).toBe(true);
		expect(isBuilt('/experiments/', full)).toBe(true);
	});

	it('counts an article of any section as built, whatever the page ids', () => {
		expect(isBuilt('/blog/some-post/', empty)).toBe(true);
		expect(isBuilt('/case-studies/payments/', empty)).toBe(true);
	});

	it('needs a page of that id for /<id>/', () => {
		expect(isBuilt('/about/', full)).toBe(true);
		expect(isBuilt('/about/', empty)).toBe(false);
		expect(isBuilt('/terms/', full)).toBe(false);
	});

	it('counts the fixed sections, deeper paths and other sites as built', () => {
		for (const path of [
			'/blog/',
			'/tags/',
			'/site-map/',
			'/',
			'/blog/x/',
			'https://example.com/',
			'mailto:a@b.c',
		]) {
			expect(isBuilt(path, empty), path).toBe(true);
		}
	});
});
