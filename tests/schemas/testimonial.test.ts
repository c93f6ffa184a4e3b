import { z } from 'astro/zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { testimonialSchema } from '@/content-model/testimonial';

type SchemaContext = Parameters<typeof testimonialSchema>[0];

// Astro's image() checks the file on disk; a string stands in for it here.
const context = { image: () => z.string() } as unknown as SchemaContext;
let schema: ReturnType<typeof testimonialSchema>;
// Built before each test, not once on import: mutation testing switches a change on per test.
beforeEach(() => {
	schema = testimonialSchema(context);
});

const TESTIMONIAL = {
	quote: 'We ship on Fridays now & nobody <panics>.',
	name: 'Daniel Okafor',
	role: 'VP Engineering',
	company: 'Northwind Pay',
};

function messagesOf(input: unknown): string[] {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('Expected the testimonial to be rejected');
	return result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
}

describe('testimonialSchema', () => {
	it('accepts the four required fields and keeps the quote as written', () => {
		expect(schema.parse(TESTIMONIAL)).toEqual(TESTIMONIAL);
	});

	it('reads an avatar and a case study, the case study as a reference by id', () => {
		expect(
			schema.parse({
				...TESTIMONIAL,
				avatar: './daniel.png',
				caseStudy: 'payments-platform-rebuild',
			})
		).toEqual({
			...TESTIMONIAL,
			avatar: './daniel.png',
			caseStudy: { collection: 'case-studies', id: 'payments-platform-rebuild' },
		});
	});

	it('names every missing or empty required field at once', () => {
		expect(messagesOf({ quote: ' ', name: 'Daniel Okafor' })).toEqual([
			'quote: must not be empty',
			'role: Invalid input: expected string, received undefined',
			'company: Invalid input: expected string, received undefined',
		]);
	});

	it('rejects a case study that is not an id', () => {
		expect(messagesOf({ ...TESTIMONIAL, caseStudy: { id: 'x' } })).toEqual([
			'caseStudy: Invalid input: expected string, received object',
		]);
	});

	it('names an unknown field and the allowed ones', () => {
		expect(messagesOf({ ...TESTIMONIAL, title: 'CTO' })).toEqual([
			': unknown field `title`: allowed fields are quote, name, role, company, avatar, caseStudy',
		]);
	});
});
