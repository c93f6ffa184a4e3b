import { describe, expect, it } from 'vitest';
import { getCurrentState } from '@/lib/navigation';

describe('getCurrentState', () => {
	it('marks the link to the current page as the page', () => {
		expect(getCurrentState('/blog/', '/blog/')).toBe('page');
		expect(getCurrentState('/', '/')).toBe('page');
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
