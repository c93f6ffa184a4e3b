import type { ImageMetadata } from 'astro';
import { entryPath } from '@/lib/paths';
import { compareText } from '@/lib/order';

/** A testimonial as `content/testimonials/<id>.yaml` holds it. */
export interface TestimonialSource {
	id: string;
	quote: string;
	name: string;
	role: string;
	company: string;
	avatar?: ImageMetadata | undefined;
	/** The id its `caseStudy` field names, if any. */
	caseStudyId?: string | undefined;
}

/** A testimonial as pages show it. */
export interface Testimonial extends TestimonialSource {
	/** The page of the case study it is about, once that case study is published. */
	caseStudyLink: { title: string; path: string } | undefined;
}

/**
 * Testimonials in the order every page shows them: by id, so an author orders them by naming the
 * files (`01-amira.yaml`). Each links the case study it is about when that case study is published.
 * @param publishedCaseStudies the title of each published case study, by id
 */
export function buildTestimonials(
	sources: readonly TestimonialSource[],
	publishedCaseStudies: ReadonlyMap<string, string>
): Testimonial[] {
	return [...sources]
		.sort((a, b) => compareText(a.id, b.id))
		.map((source) => {
			const { caseStudyId } = source;
			const title = caseStudyId && publishedCaseStudies.get(caseStudyId);
			return {
				...source,
				caseStudyLink: title ? { title, path: entryPath('caseStudies', caseStudyId) } : undefined,
			};
		});
}

/** The testimonials a case study's page shows: those about it, in the usual order. */
export function pickTestimonialsAbout(
	testimonials: readonly Testimonial[],
	caseStudyId: string
): Testimonial[] {
	return testimonials.filter((testimonial) => testimonial.caseStudyId === caseStudyId);
}
