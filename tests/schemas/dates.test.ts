import { beforeEach, describe, expect, it } from 'vitest';
import { dateSchema } from '@/content-model/dates';

let schema: ReturnType<typeof dateSchema>;
// Built before each test, not once on import: mutation testing switches a change on per test.
beforeEach(() => {
	schema = dateSchema('Asia/Dubai');
});

function issuesOf(value: unknown) {
	return schema
		.safeParse(value)
		.error?.issues.map(({ code, path, message }) => ({ code, path, message }));
}

describe('dateSchema', () => {
	it('refuses an invalid Date, as YAML never gives one', () => {
		expect(issuesOf(new Date('nope'))).toEqual([
			{ code: 'invalid_union', path: [], message: 'Invalid input' },
		]);
	});

	it('refuses a day that is not in the calendar as a custom issue', () => {
		expect(issuesOf('2026-02-30')).toEqual([
			{
				code: 'custom',
				path: [],
				message: '"2026-02-30" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
			},
		]);
	});

	it('refuses text that is not a date as a custom issue', () => {
		expect(issuesOf('next Tuesday')).toEqual([
			{
				code: 'custom',
				path: [],
				message:
					'"next Tuesday" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
			},
		]);
	});

	it('refuses a date-time that JavaScript reads but that does not start with the day', () => {
		expect(issuesOf('+002026-05-13T09:30:00Z')).toEqual([
			{
				code: 'custom',
				path: [],
				message:
					'"+002026-05-13T09:30:00Z" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
			},
		]);
	});

	it('refuses a date-time without an offset as a custom issue', () => {
		expect(issuesOf('2026-05-13T09:30:00')).toEqual([
			{
				code: 'custom',
				path: [],
				message:
					'"2026-05-13T09:30:00" has no UTC offset: write it as 2026-05-13T09:30:00+04:00, or end it with Z for UTC',
			},
		]);
	});
});
