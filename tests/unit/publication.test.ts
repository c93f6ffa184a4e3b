import { describe, expect, it } from 'vitest';
import { getPublicationStatus, isPublished } from '@/content-model/publication';

const NOW = new Date('2026-05-13T12:00:00.000Z');
const PAST = new Date('2026-05-01T00:00:00.000Z');
const FUTURE = new Date('2026-06-01T00:00:00.000Z');

describe('getPublicationStatus', () => {
	it('publishes an entry whose date has passed', () => {
		expect(getPublicationStatus({ draft: false, pubDate: PAST }, NOW)).toBe('published');
	});

	it('schedules an entry whose date is still to come', () => {
		expect(getPublicationStatus({ draft: false, pubDate: FUTURE }, NOW)).toBe('scheduled');
	});

	it('calls a draft a draft whatever its date', () => {
		expect(getPublicationStatus({ draft: true, pubDate: PAST }, NOW)).toBe('draft');
		expect(getPublicationStatus({ draft: true, pubDate: FUTURE }, NOW)).toBe('draft');
	});

	it('publishes an entry at the exact instant of its date', () => {
		expect(getPublicationStatus({ draft: false, pubDate: new Date(NOW) }, NOW)).toBe('published');
	});

	it('still schedules an entry one millisecond before its date', () => {
		const pubDate = new Date(NOW.getTime() + 1);
		expect(getPublicationStatus({ draft: false, pubDate }, NOW)).toBe('scheduled');
	});
});

describe('isPublished', () => {
	const build = { now: NOW, isDev: false };
	const dev = { now: NOW, isDev: true };

	it('includes a published entry in a build', () => {
		expect(isPublished({ draft: false, pubDate: PAST }, build)).toBe(true);
	});

	it('leaves drafts out of a build', () => {
		expect(isPublished({ draft: true, pubDate: PAST }, build)).toBe(false);
	});

	it('leaves scheduled entries out of a build until their date', () => {
		expect(isPublished({ draft: false, pubDate: FUTURE }, build)).toBe(false);
		expect(isPublished({ draft: false, pubDate: FUTURE }, { now: FUTURE, isDev: false })).toBe(
			true
		);
	});

	it('includes an entry in a build at the exact instant of its date', () => {
		expect(isPublished({ draft: false, pubDate: new Date(NOW) }, build)).toBe(true);
	});

	it('shows drafts, scheduled and published entries in dev', () => {
		expect(isPublished({ draft: true, pubDate: FUTURE }, dev)).toBe(true);
		expect(isPublished({ draft: false, pubDate: FUTURE }, dev)).toBe(true);
		expect(isPublished({ draft: false, pubDate: PAST }, dev)).toBe(true);
	});
});
