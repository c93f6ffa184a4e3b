import { describe, expect, it } from 'vitest';
import { buildPreviewNotice } from '@/features/unpublished-preview/preview-notice';

const DUBAI = { locale: 'en-GB', timeZone: 'Asia/Dubai' };
// 22:00 UTC on the 31st is already 1 June in Dubai.
const PUB_DATE = new Date('2026-05-31T22:00:00.000Z');

describe('buildPreviewNotice', () => {
	it('says nothing about a published entry', () => {
		expect(buildPreviewNotice('published', PUB_DATE, DUBAI)).toBeUndefined();
	});

	it('tells the author a draft stays unpublished until "draft: true" is removed', () => {
		expect(buildPreviewNotice('draft', PUB_DATE, DUBAI)).toBe(
			'Draft — only visible in development. It will not be published until you remove "draft: true" from its frontmatter.'
		);
	});

	it('gives a scheduled entry its date in the site locale and time zone', () => {
		expect(buildPreviewNotice('scheduled', PUB_DATE, DUBAI)).toBe(
			'Scheduled for 1 June 2026 — only visible in development until then.'
		);
		expect(
			buildPreviewNotice('scheduled', PUB_DATE, { locale: 'en-US', timeZone: 'America/New_York' })
		).toBe('Scheduled for May 31, 2026 — only visible in development until then.');
	});

	it('throws on an invalid date rather than scheduling for "Invalid Date"', () => {
		expect(() => buildPreviewNotice('scheduled', new Date('soon'), DUBAI)).toThrow(
			'Cannot format an invalid date.'
		);
	});
});
