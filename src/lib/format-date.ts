/** Where and how dates are shown: the site's locale and IANA time zone. */
export interface DateFormatOptions {
	locale: string;
	timeZone: string;
}

/** Formats a date for readers, e.g. "13 May 2026" in en-GB, in the site's time zone. */
export function formatDate(date: Date, { locale, timeZone }: DateFormatOptions): string {
	assertValidDate(date);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/** The calendar day of `date` in `timeZone` as `YYYY-MM-DD`, for `<time datetime>` and file names. */
export function toIsoDay(date: Date, timeZone: string): string {
	assertValidDate(date);
	const parts = partsInTimeZone(date, timeZone);
	return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * The instant at which a calendar day starts in `timeZone`. A `pubDate: 2026-05-13` means "the 13th
 * where the author lives", not UTC midnight, which is the 12th for sites west of Greenwich.
 * Written by hand because Intl has no zoned-time arithmetic and Temporal is not yet in Node 24.
 */
export function startOfDayInTimeZone(isoDay: string, timeZone: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
	if (!match) throw new Error(`Expected a day as YYYY-MM-DD, got "${isoDay}".`);
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const utcMidnight = Date.UTC(year, month - 1, day);
	// Two passes settle the offset on days when daylight saving time changes.
	let instant = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
	instant = utcMidnight - offsetMinutes(new Date(instant), timeZone) * 60_000;
	return new Date(instant);
}

/** Minutes by which `timeZone` is ahead of UTC at `date` (Dubai: 240, New York in winter: -300). */
export function offsetMinutes(date: Date, timeZone: string): number {
	const parts = partsInTimeZone(date, timeZone);
	const asUtc = Date.UTC(
		parts.year,
		parts.month - 1,
		parts.day,
		parts.hour,
		parts.minute,
		parts.second
	);
	return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function partsInTimeZone(date: Date, timeZone: string) {
	const formatter = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	});
	const values: Record<string, number> = {};
	for (const part of formatter.formatToParts(date)) {
		if (part.type !== 'literal') values[part.type] = Number(part.value);
	}
	return {
		year: values['year'] ?? 0,
		month: values['month'] ?? 1,
		day: values['day'] ?? 1,
		hour: values['hour'] ?? 0,
		minute: values['minute'] ?? 0,
		second: values['second'] ?? 0,
	};
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function assertValidDate(date: Date): void {
	if (Number.isNaN(date.getTime())) throw new Error('Cannot format an invalid date.');
}
