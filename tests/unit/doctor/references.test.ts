import { describe, expect, it } from 'vitest';
import { checkReferences } from '@/features/doctor/references';
import { makeSummary } from './summaries';

const KNOWN = { series: new Set(['queues', 'caching']) };

describe('checkReferences', () => {
	it('accepts articles in a series that exists, and articles in none', () => {
		expect(
			checkReferences(
				[
					makeSummary({ slug: 'a', series: { value: 'queues', line: 6 } }),
					makeSummary({ slug: 'b' }),
				],
				KNOWN
			)
		).toEqual([]);
	});

	it('reports a series that does not exist at its line, with the ids that do', () => {
		expect(
			checkReferences([makeSummary({ slug: 'a', series: { value: 'queue', line: 6 } })], KNOWN)
		).toEqual([
			{
				severity: 'error',
				file: 'blog/a.md',
				line: 6,
				rule: 'missing-reference',
				message: 'series: "queue" is not in content/series/ (series: caching, queues)',
			},
		]);
	});

	it('says so when there is no series at all, and checks drafts too', () => {
		const [problem] = checkReferences(
			[makeSummary({ slug: 'a', status: 'draft', series: { value: 'queues', line: 3 } })],
			{ series: new Set() }
		);
		expect(problem?.message).toBe('series: "queues" is not in content/series/ (it has none)');
	});
});
