import { describe, expect, it } from 'vitest';
import { checkReferences } from '@/features/doctor/references';
import { makeSummary } from './summaries';

const series = (id: string) => makeSummary({ id, collection: 'series', urlPath: `/series/${id}/` });
const inSeries = (id: string, seriesId: string, line = 6) => ({
	id,
	references: [{ value: { field: 'series', collection: 'series', id: seriesId }, line }],
});

describe('checkReferences', () => {
	it('accepts articles in a series that exists, and articles in none', () => {
		expect(
			checkReferences([
				series('queues'),
				makeSummary(inSeries('a', 'queues')),
				makeSummary({ id: 'b' }),
			])
		).toEqual([]);
	});

	it('reports a series that does not exist at its line, with the ids that do', () => {
		expect(
			checkReferences([series('queues'), series('caching'), makeSummary(inSeries('a', 'queue'))])
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

	it('says so when there is none at all, and checks drafts too', () => {
		const [problem] = checkReferences([
			makeSummary({ ...inSeries('a', 'queues', 3), status: 'draft' }),
		]);
		expect(problem?.message).toBe('series: "queues" is not in content/series/ (it has none)');
	});

	it('refuses a call to action to a draft service, and accepts a testimonial about a draft case study', () => {
		const draftService = makeSummary({ id: 'audit', collection: 'services', status: 'draft' });
		const draftCaseStudy = makeSummary({
			id: 'payments',
			collection: 'case-studies',
			status: 'draft',
		});
		const problems = checkReferences([
			draftService,
			draftCaseStudy,
			makeSummary({
				id: 'a',
				references: [{ value: { field: 'cta', collection: 'services', id: 'audit' }, line: 4 }],
			}),
			makeSummary({
				id: 'client',
				collection: 'testimonials',
				urlPath: undefined,
				references: [
					{ value: { field: 'caseStudy', collection: 'case-studies', id: 'payments' }, line: 5 },
				],
			}),
		]);
		expect(problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([
			'blog/a.md: cta: "audit" is not in content/services/ (it has none)',
		]);
	});

	it('accepts a call to action to a published service', () => {
		expect(
			checkReferences([
				makeSummary({ id: 'audit', collection: 'services', status: 'published' }),
				makeSummary({
					id: 'a',
					references: [{ value: { field: 'cta', collection: 'services', id: 'audit' }, line: 4 }],
				}),
			])
		).toEqual([]);
	});

	it('does not list a file whose name gives no id among the ids that exist', () => {
		const [problem] = checkReferences([
			series('queues'),
			makeSummary({ id: '', collection: 'series', file: 'series/.yaml', urlPath: undefined }),
			makeSummary(inSeries('a', 'caching')),
		]);
		expect(problem?.message).toBe('series: "caching" is not in content/series/ (series: queues)');
	});
});
