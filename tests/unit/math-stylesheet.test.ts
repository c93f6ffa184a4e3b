import { describe, expect, it } from 'vitest';
import { getContentStylesheets } from '@/features/math/stylesheet';

describe('getContentStylesheets', () => {
	// The unit project does not build CSS, so the URL of math.css is empty here; the build tests
	// check that only pages with math load it.
	it('loads one stylesheet, math.css, for an entry with math', () => {
		expect(getContentStylesheets({ hasMath: true })).toHaveLength(1);
	});

	it('loads nothing more for an entry without math', () => {
		expect(getContentStylesheets({})).toEqual([]);
		expect(getContentStylesheets({ hasMath: false, minutesRead: 3 })).toEqual([]);
	});
});
