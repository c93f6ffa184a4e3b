import { z } from 'astro/zod';
import { startOfDayInTimeZone } from '@/lib/format-date';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_OFFSET = /T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i;

function isUtcMidnight(date: Date): boolean {
	return date.getTime() % 86_400_000 === 0;
}

/** False for days such as 2026-02-30, which `Date.parse` silently rolls over to March. */
function isCalendarDay(isoDay: string): boolean {
	const time = Date.parse(isoDay);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === isoDay;
}

/**
 * A frontmatter date. A bare day (`2026-05-13`, which YAML turns into UTC midnight) starts at
 * midnight in the site's time zone, so the day readers see is the day the author wrote; a full
 * ISO date-time (`2026-05-13T09:30:00+04:00`) is taken as written.
 */
export function dateSchema(timeZone: string) {
	return z.union([z.date(), z.string()]).transform((value, context) => {
		// z.date() has already refused an invalid Date.
		if (value instanceof Date) {
			return isUtcMidnight(value)
				? startOfDayInTimeZone(value.toISOString().slice(0, 10), timeZone)
				: value;
		}
		const notADate = `"${value}" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00`;
		if (ISO_DAY.test(value)) {
			if (isCalendarDay(value)) return startOfDayInTimeZone(value, timeZone);
			context.addIssue({ code: 'custom', message: notADate });
			return z.NEVER;
		}
		const parsed = new Date(value);
		if (Number.isNaN(parsed.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
			context.addIssue({ code: 'custom', message: notADate });
			return z.NEVER;
		}
		// Without an offset, JavaScript reads the time in the build machine's zone, so the same
		// frontmatter would give different dates on a laptop and in CI.
		if (!DATE_TIME_OFFSET.test(value)) {
			context.addIssue({
				code: 'custom',
				message: `"${value}" has no UTC offset: write it as 2026-05-13T09:30:00+04:00, or end it with Z for UTC`,
			});
			return z.NEVER;
		}
		return parsed;
	});
}
