/** Where and how dates are shown: the site's locale and IANA time zone. */
export interface DateFormatOptions {
	locale: string;
	timeZone: string;
}

// Creating an Intl.DateTimeFormat costs far more than using one (a second per 1,000 articles in a
// profile of the benchmark build), so one formatter per locale and time zone is kept.
const readerFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a date for readers, e.g. "13 May 2026" in en-GB, in the site's time zone. */
export function formatDate(date: Date, { locale, timeZone }: DateFormatOptions): string {
	assertValidDate(date);
	const key = `${locale}\0${timeZone}`;
	let formatter = readerFormatters.get(key);
	// Stryker disable next-line ConditionalExpression: a new formatter formats the same; the cache only saves time
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
		// Stryker disable next-line CallExpression: the cache only saves time
		readerFormatters.set(key, formatter);
	}
	return formatter.format(date);
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
	// Date.UTC rolls 2026-02-30 over to 2026-03-02; a typo must not move the date silently.
	if (new Date(utcMidnight).toISOString().slice(0, 10) !== isoDay) {
		throw new Error(`"${isoDay}" is not a day of the calendar.`);
	}
	// Local midnight is UTC midnight minus the offset in force at local midnight. On a daylight
	// saving change that offset may differ from the one at UTC midnight, and in zones that change at
	// midnight (America/Santiago, America/Havana) local midnight is skipped or repeated. The offsets a
	// day either side include the right one; the day starts at the earliest candidate on that day.
	const candidates = [-1, 0, 1].map(
		(days) =>
			// Stryker disable next-line ArithmeticOperator: the days -1, 0 and 1 are symmetric, so - gives the same three candidates
			utcMidnight - offsetMinutes(new Date(utcMidnight + days * 86_400_000), timeZone) * 60_000
	);
	const starts = candidates
		.filter((instant) => toIsoDay(new Date(instant), timeZone) === isoDay)
		.sort((a, b) => a - b);
	if (starts[0] === undefined) throw new Error(`"${isoDay}" does not exist in ${timeZone}.`);
	return new Date(starts[0]);
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

// Every date of every entry passes through here, so one formatter per time zone is kept too.
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsInTimeZone(date: Date, timeZone: string) {
	let formatter = partFormatters.get(timeZone);
	// Stryker disable next-line ConditionalExpression: a new formatter formats the same; the cache only saves time
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		partFormatters.set(timeZone, formatter);
	}
	const values: Record<string, number> = {};
	for (const part of formatter.formatToParts(date)) {
		// Stryker disable next-line ConditionalExpression,StringLiteral: a literal's value, kept as values.literal, is never read
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
