/** When a piece of work ran: a start, and an end or `ongoing`. */
export interface Period {
	start: Date;
	end: Date | 'ongoing';
}

/** Whole calendar months from the month of `start` to the month of `end`, counting both. */
export function monthsBetween(start: Date, end: Date, timeZone: string): number {
	const monthIndex = (date: Date) => {
		const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: 'numeric' })
			.formatToParts(date)
			.reduce<Record<string, number>>(
				(all, { type, value }) => ({ ...all, [type]: Number(value) }),
				{}
			);
		return (parts['year'] ?? 0) * 12 + (parts['month'] ?? 1);
	};
	return monthIndex(end) - monthIndex(start) + 1;
}

/** "2 years 3 months", "8 months", "1 month". Intl has no duration formatter in Node 24 yet. */
export function formatMonths(months: number, locale: string): string {
	const plural = new Intl.PluralRules(locale);
	const unit = (count: number, one: string, other: string) =>
		`${count} ${plural.select(count) === 'one' ? one : other}`;
	const years = Math.floor(months / 12);
	const rest = months % 12;
	return [
		years > 0 ? unit(years, 'year', 'years') : '',
		rest > 0 || years === 0 ? unit(rest, 'month', 'months') : '',
	]
		.filter(Boolean)
		.join(' ');
}

/**
 * A period as shown on a case study: "June 2025 – January 2026 · 8 months", or
 * "June 2025 – ongoing" (no duration, so a rebuild on another day gives the same page).
 */
export function formatPeriod(
	{ start, end }: Period,
	{ locale, timeZone }: { locale: string; timeZone: string }
): string {
	const month = new Intl.DateTimeFormat(locale, { timeZone, month: 'long', year: 'numeric' });
	if (end === 'ongoing') return `${month.format(start)} – ongoing`;
	const months = monthsBetween(start, end, timeZone);
	return `${month.format(start)} – ${month.format(end)} · ${formatMonths(months, locale)}`;
}
