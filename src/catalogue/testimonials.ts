import {
	buildTestimonials,
	pickTestimonialsAbout,
	type Testimonial,
} from '@/features/testimonials/testimonials';
import { getCaseStudies, getOptionalCollection } from './portfolio';
import { assertTestimonialReferencesExist } from './references';

let testimonialsPromise: Promise<Testimonial[]> | undefined;

/** Every testimonial, in the order pages show them; loaded and checked once per build. */
export function getTestimonials(): Promise<Testimonial[]> {
	testimonialsPromise ??= loadTestimonials();
	return testimonialsPromise;
}

/** The testimonials about one case study. */
export async function getTestimonialsAbout(caseStudyId: string): Promise<Testimonial[]> {
	return pickTestimonialsAbout(await getTestimonials(), caseStudyId);
}

async function loadTestimonials(): Promise<Testimonial[]> {
	const [entries, caseStudies] = await Promise.all([
		getOptionalCollection('testimonials'),
		getCaseStudies(),
	]);
	await assertTestimonialReferencesExist(entries);
	return buildTestimonials(
		entries.map(({ id, data: { caseStudy, ...fields } }) => ({
			id,
			...fields,
			caseStudyId: caseStudy?.id,
		})),
		new Map(caseStudies.map(({ id, data }) => [id, data.title]))
	);
}
