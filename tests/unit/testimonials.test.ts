import { describe, expect, it } from 'vitest';
import {
	buildTestimonials,
	pickTestimonialsAbout,
	type TestimonialSource,
} from '@/features/testimonials/testimonials';

function source(id: string, caseStudyId?: string): TestimonialSource {
	return {
		id,
		quote: `Quote ${id}`,
		name: `Name ${id}`,
		role: 'CTO',
		company: 'Acme',
		caseStudyId,
	};
}

const PUBLISHED = new Map([['payments', 'Rebuilding payments']]);

describe('buildTestimonials', () => {
	it('orders testimonials by id, whatever order the files come in', () => {
		const testimonials = buildTestimonials(
			[source('c-tamr'), source('a-hafla'), source('b-northwind')],
			PUBLISHED
		);
		expect(testimonials.map(({ id }) => id)).toEqual(['a-hafla', 'b-northwind', 'c-tamr']);
		for (const order of [
			['b-northwind', 'c-tamr', 'a-hafla'],
			['c-tamr', 'b-northwind', 'a-hafla'],
			['a-hafla', 'c-tamr', 'b-northwind'],
		]) {
			expect(
				buildTestimonials(
					order.map((id) => source(id)),
					PUBLISHED
				).map(({ id }) => id)
			).toEqual(['a-hafla', 'b-northwind', 'c-tamr']);
		}
	});

	it('links the published case study a testimonial is about, by its title', () => {
		const [testimonial] = buildTestimonials([source('a', 'payments')], PUBLISHED);
		expect(testimonial?.caseStudyLink).toEqual({
			title: 'Rebuilding payments',
			path: '/case-studies/payments/',
		});
	});

	it('does not link a case study that is not published, nor a testimonial about none', () => {
		const testimonials = buildTestimonials([source('a', 'secret-draft'), source('b')], PUBLISHED);
		expect(testimonials.map(({ caseStudyLink }) => caseStudyLink)).toEqual([undefined, undefined]);
	});

	it('keeps every field of the testimonial', () => {
		const [testimonial] = buildTestimonials([source('a', 'payments')], PUBLISHED);
		expect(testimonial).toMatchObject(source('a', 'payments'));
	});
});

describe('pickTestimonialsAbout', () => {
	it('keeps the testimonials about one case study, in order', () => {
		const testimonials = buildTestimonials(
			[source('c', 'payments'), source('a', 'payments'), source('b', 'other'), source('d')],
			PUBLISHED
		);
		expect(pickTestimonialsAbout(testimonials, 'payments').map(({ id }) => id)).toEqual(['a', 'c']);
		expect(pickTestimonialsAbout(testimonials, 'nothing')).toEqual([]);
	});
});
