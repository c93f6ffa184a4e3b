import { describe, expect, it } from 'vitest';
import { formatDate, offsetMinutes, startOfDayInTimeZone, toIsoDay } from '@/lib/format-date';

// 02:00 UTC: still the 12th in New York (22:00, UTC-4), already the 13th in Dubai (06:00, UTC+4).
const ACROSS_MIDNIGHT = new Date('2026-05-13T02:00:00.000Z');

describe('formatDate', () => {
	it('writes the long British date in the site time zone', () => {
		const date = new Date('2026-05-13T09:30:00+04:00');
		expect(formatDate(date, { locale: 'en-GB', timeZone: 'Asia/Dubai' })).toBe('13 May 2026');
	});

	it('writes the long American date for en-US', () => {
		const date = new Date('2026-05-13T09:30:00+04:00');
		expect(formatDate(date, { locale: 'en-US', timeZone: 'Asia/Dubai' })).toBe('May 13, 2026');
	});

	it('shows the day of the site time zone, not of UTC', () => {
		expect(formatDate(ACROSS_MIDNIGHT, { locale: 'en-GB', timeZone: 'Asia/Dubai' })).toBe(
			'13 May 2026'
		);
		expect(formatDate(ACROSS_MIDNIGHT, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe(
			'12 May 2026'
		);
	});

	it('throws on an invalid date instead of printing "Invalid Date"', () => {
		expect(() =>
			formatDate(new Date('not a date'), { locale: 'en-GB', timeZone: 'Asia/Dubai' })
		).toThrow('Cannot format an invalid date.');
	});

	it('throws on an unknown time zone', () => {
		expect(() => formatDate(new Date(), { locale: 'en-GB', timeZone: 'Mars/Olympus' })).toThrow(
			RangeError
		);
	});
});

describe('toIsoDay', () => {
	it('gives the calendar day in the given time zone', () => {
		expect(toIsoDay(ACROSS_MIDNIGHT, 'America/New_York')).toBe('2026-05-12');
		expect(toIsoDay(ACROSS_MIDNIGHT, 'Asia/Dubai')).toBe('2026-05-13');
		expect(toIsoDay(ACROSS_MIDNIGHT, 'UTC')).toBe('2026-05-13');
	});

	it('pads months and days to two digits', () => {
		expect(toIsoDay(new Date('2026-01-05T12:00:00Z'), 'UTC')).toBe('2026-01-05');
	});

	it('throws on an invalid date', () => {
		expect(() => toIsoDay(new Date(Number.NaN), 'UTC')).toThrow('Cannot format an invalid date.');
	});
});

describe('startOfDayInTimeZone', () => {
	it('starts a Dubai day at 20:00 UTC the day before', () => {
		expect(startOfDayInTimeZone('2026-05-13', 'Asia/Dubai').toISOString()).toBe(
			'2026-05-12T20:00:00.000Z'
		);
	});

	it('starts a New York winter day at 05:00 UTC', () => {
		expect(startOfDayInTimeZone('2026-01-15', 'America/New_York').toISOString()).toBe(
			'2026-01-15T05:00:00.000Z'
		);
	});

	it('starts a New York summer day at 04:00 UTC', () => {
		expect(startOfDayInTimeZone('2026-07-15', 'America/New_York').toISOString()).toBe(
			'2026-07-15T04:00:00.000Z'
		);
	});

	it('starts a UTC day at UTC midnight', () => {
		expect(startOfDayInTimeZone('2026-05-13', 'UTC').toISOString()).toBe(
			'2026-05-13T00:00:00.000Z'
		);
	});

	it('starts the London day the clocks go forward at midnight GMT', () => {
		expect(startOfDayInTimeZone('2026-03-29', 'Europe/London').toISOString()).toBe(
			'2026-03-29T00:00:00.000Z'
		);
		// The next day is on British Summer Time.
		expect(startOfDayInTimeZone('2026-03-30', 'Europe/London').toISOString()).toBe(
			'2026-03-29T23:00:00.000Z'
		);
	});

	it('starts the London day the clocks go back at midnight BST', () => {
		expect(startOfDayInTimeZone('2026-10-25', 'Europe/London').toISOString()).toBe(
			'2026-10-24T23:00:00.000Z'
		);
	});

	it('starts a day whose midnight is skipped by daylight saving time at the change', () => {
		// Chile moves its clocks from 00:00 to 01:00 on 6 September 2026, so the day starts at 04:00 UTC.
		const start = startOfDayInTimeZone('2026-09-06', 'America/Santiago');
		expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
		expect(toIsoDay(start, 'America/Santiago')).toBe('2026-09-06');
		expect(toIsoDay(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
	});

	it('starts a day whose midnight happens twice at the first midnight', () => {
		// Havana moves its clocks back from 01:00 to 00:00 on 1 November 2026.
		expect(startOfDayInTimeZone('2026-11-01', 'America/Havana').toISOString()).toBe(
			'2026-11-01T04:00:00.000Z'
		);
	});

	it('lands on the requested day in many zones across a whole year', () => {
		// Lord Howe moves its clocks by 30 minutes; Santiago moves them at midnight.
		const zones = ['America/Santiago', 'Europe/London', 'Australia/Lord_Howe'];
		for (const zone of zones) {
			for (let day = 0; day < 365; day += 1) {
				const isoDay = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
				const start = startOfDayInTimeZone(isoDay, zone);
				expect(toIsoDay(start, zone)).toBe(isoDay);
				expect(toIsoDay(new Date(start.getTime() - 1), zone)).not.toBe(isoDay);
			}
		}
	});

	it('throws on a day that is not written as YYYY-MM-DD', () => {
		expect(() => startOfDayInTimeZone('13/05/2026', 'Asia/Dubai')).toThrow(
			'Expected a day as YYYY-MM-DD, got "13/05/2026".'
		);
		expect(() => startOfDayInTimeZone('2026-05-13T00:00:00Z', 'Asia/Dubai')).toThrow(
			/Expected a day as YYYY-MM-DD/
		);
		expect(() => startOfDayInTimeZone('12026-05-13', 'Asia/Dubai')).toThrow(
			'Expected a day as YYYY-MM-DD, got "12026-05-13".'
		);
	});

	it('throws on a day that a time zone skipped', () => {
		// Samoa moved across the date line at the end of 29 December 2011.
		expect(() => startOfDayInTimeZone('2011-12-30', 'Pacific/Apia')).toThrow(
			'"2011-12-30" does not exist in Pacific/Apia.'
		);
	});

	it('throws on a day that is not in the calendar rather than rolling it over', () => {
		expect(() => startOfDayInTimeZone('2026-02-30', 'Asia/Dubai')).toThrow(
			'"2026-02-30" is not a day of the calendar.'
		);
		expect(() => startOfDayInTimeZone('2026-13-01', 'Asia/Dubai')).toThrow(/not a day/);
	});

	it('accepts 29 February in a leap year', () => {
		expect(startOfDayInTimeZone('2028-02-29', 'UTC').toISOString()).toBe(
			'2028-02-29T00:00:00.000Z'
		);
	});

	it('throws on an unknown time zone', () => {
		expect(() => startOfDayInTimeZone('2026-05-13', 'Mars/Olympus')).toThrow(RangeError);
	});
});

describe('offsetMinutes', () => {
	it('measures how far a zone is ahead of UTC', () => {
		const may = new Date('2026-05-13T12:00:00Z');
		expect(offsetMinutes(may, 'Asia/Dubai')).toBe(240);
		expect(offsetMinutes(may, 'UTC')).toBe(0);
		expect(offsetMinutes(may, 'Asia/Kolkata')).toBe(330);
		expect(offsetMinutes(may, 'Asia/Kathmandu')).toBe(345);
	});

	it('follows daylight saving time', () => {
		expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
		expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
		expect(offsetMinutes(new Date('2026-03-29T00:59:59Z'), 'Europe/London')).toBe(0);
		expect(offsetMinutes(new Date('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(60);
	});

	it('ignores milliseconds', () => {
		expect(offsetMinutes(new Date('2026-05-13T12:00:00.999Z'), 'Asia/Dubai')).toBe(240);
		expect(offsetMinutes(new Date('1969-12-31T23:59:59.500Z'), 'America/New_York')).toBe(-300);
	});
});
