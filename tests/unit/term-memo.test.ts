import { describe, expect, it } from 'vitest';
import { rememberArticleTerms } from '@/features/related-articles/term-memo';

const VACUUM = {
	title: 'Tuning autovacuum',
	description: 'Dead tuples pile up.',
	body: 'Lower the scale factor of the hot tables in PG.',
};

describe('rememberArticleTerms', () => {
	it('counts an article file once while its digest stays the same', () => {
		let reads = 0;
		const readText = () => {
			reads += 1;
			return VACUUM;
		};
		const first = rememberArticleTerms('content/blog/autovacuum.md', 'digest-1', readText);
		expect(Object.fromEntries(first)).toEqual({
			tuning: 3,
			autovacuum: 3,
			dead: 2,
			tuples: 2,
			pile: 2,
			lower: 1,
			scale: 1,
			factor: 1,
			hot: 1,
			tables: 1,
		});
		expect(rememberArticleTerms('content/blog/autovacuum.md', 'digest-1', readText)).toBe(first);
		expect(reads).toBe(1);
	});

	it('counts the file again after an edit changed its digest', () => {
		const file = 'content/blog/bloat.md';
		rememberArticleTerms(file, 'before', () => VACUUM);
		const edited = rememberArticleTerms(file, 'after', () => ({
			title: 'Measuring bloat',
			description: '',
			body: '',
		}));
		expect(Object.fromEntries(edited)).toEqual({ measuring: 3, bloat: 3 });
		expect(rememberArticleTerms(file, 'after', () => VACUUM)).toBe(edited);
	});

	it('keeps each file apart', () => {
		const a = rememberArticleTerms('content/blog/a.md', 'same', () => VACUUM);
		const b = rememberArticleTerms('content/blog/b.md', 'same', () => ({
			title: 'Sourdough',
			description: '',
			body: '',
		}));
		expect(Object.fromEntries(b)).toEqual({ sourdough: 3 });
		expect(a).not.toBe(b);
	});
});
