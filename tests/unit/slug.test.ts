import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/slug';

describe('slugify', () => {
	it('lower-cases words and joins them with hyphens', () => {
		expect(slugify('TypeScript Tips')).toBe('typescript-tips');
	});

	it('collapses runs of whitespace and trims the ends', () => {
		expect(slugify('  TypeScript \t\n  Tips  ')).toBe('typescript-tips');
	});

	it('drops punctuation', () => {
		expect(slugify('What’s new in Astro 7?')).toBe('whats-new-in-astro-7');
	});

	it('never starts or ends a slug with a hyphen, nor repeats one', () => {
		expect(slugify(']]> x')).toBe('x');
		expect(slugify('#Postgres')).toBe('postgres');
		expect(slugify('Node.js & Deno!')).toBe('nodejs-deno');
		expect(slugify('-- edge --')).toBe('edge');
	});

	it('keeps Unicode letters', () => {
		expect(slugify('Café Crème')).toBe('café-crème');
		expect(slugify('静的サイト')).toBe('静的サイト');
		expect(slugify('Привет мир')).toBe('привет-мир');
	});

	it('keeps digits', () => {
		expect(slugify('2026')).toBe('2026');
	});

	it('gives the same slug to spellings that differ only in case and spacing', () => {
		expect(slugify('typescript')).toBe(slugify(' TypeScript '));
	});

	it('throws on text with no letters or digits', () => {
		expect(() => slugify('!!!')).toThrow(
			'Cannot make a URL slug from "!!!": it has no letters or digits.'
		);
		expect(() => slugify('   ')).toThrow(/no letters or digits/);
		expect(() => slugify('')).toThrow(/no letters or digits/);
	});
});
