import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { referenceById, requiredText, strictFields } from './fields';

/** Options the testimonial schema takes from Astro. */
export interface TestimonialSchemaOptions {
	/**
	 * Astro's `reference()` from astro:content in the build; `referenceById` where Astro does not
	 * run. Whether the case study exists is checked in src/catalogue/references.ts.
	 */
	reference?: (
		collection: 'authors' | 'services' | 'series' | 'case-studies'
	) => z.ZodType<{ collection: string; id: string }, unknown>;
}

/** `content/testimonials/<id>.yaml`: what a client said, shown on the home and service pages. */
export function testimonialSchema(
	{ image }: SchemaContext,
	{ reference = referenceById }: TestimonialSchemaOptions = {}
) {
	return strictFields({
		/** The client's words, as plain text. */
		quote: requiredText(),
		/** Who said it. */
		name: requiredText(),
		/** Their job title, e.g. "CTO". */
		role: requiredText(),
		/** Where they work. */
		company: requiredText(),
		/** Photo, relative to the data file, e.g. `./amira-saleh.png`; shown beside the name. */
		avatar: image().optional(),
		/** The id of the case study in `content/case-studies/` this testimonial is about. */
		caseStudy: reference('case-studies').optional(),
	});
}
