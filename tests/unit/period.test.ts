import { describe, expect, it } from 'vitest';
import { formatMonths, formatPeriod, monthsBetween } from '@/lib/period';

const DUBAI = { locale: 'en-GB', timeZone: 'Asia/Dubai' };
// Midnight in Dubai, as the schema reads a date-only `2025-06-01`.
const day = (isoDay: string) => new Date(`${isoDay}T00:00:00+04:00`);

describe('monthsBetween', () => {
	it('counts the calendar months of both ends', () => {
		expect(monthsBetween(day('2025-06-01'), day('2026-01-31'), 'Asia/Dubai')).toBe(8);
		expect(monthsBetween(day('2025-06-01'), day('2025-06-20'), 'Asia/Dubai')).toBe(1);
	});

	it('reads the month in the site time zone, not UTC', () => {
		// 1 June in Dubai is still 31 May in UTC.
		expect(monthsBetween(day('2025-06-01'), day('2025-07-01'), 'Asia/Dubai')).toBe(2);
	});
});

describe('formatMonths', () => {
	it('writes months and years in words', () => {
		expect(formatMonths(1, 'en-GB')).toBe('1 month');
		expect(formatMonths(8, 'en-GB')).toBe('8 months');
		expect(formatMonths(12, 'en-GB')).toBe('1 year');
		expect(formatMonths(27, 'en-GB')).toBe('2 years 3 months');
		expect(formatMonths(0, 'en-GB')).toBe('0 months');
	});
});

describe('formatPeriod', () => {
	it('shows the months and the duration of a finished period', () => {
		expect(formatPeriod({ start: day('2025-06-01'), end: day('2026-01-31') }, DUBAI)).toBe(
			'June 2025 – January 2026 · 8 months'
		);
	});

	it('shows an ongoing period without a duration', () => {
		expect(formatPeriod({ start: day('2025-06-01'), end: 'ongoing' }, DUBAI)).toBe(
			'June 2025 – ongoing'
		);
	});
});
