import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { dateSchema } from './dates';
import {
	coverFields,
	httpUrl,
	requireCoverAlt,
	requiredText,
	stackField,
	strictFields,
	tagsField,
} from './fields';

/** Options the dated schemas take from the site configuration. */
export interface DatedSchemaOptions {
	/** The site's IANA time zone, in which a date-only date starts. */
	timeZone: string;
}

/** Frontmatter of `content/case-studies/` entries: portfolio work for a client. */
export function caseStudySchema({ image }: SchemaContext, { timeZone }: DatedSchemaOptions) {
	return strictFields({
		title: requiredText(),
		/** One or two sentences for cards, the meta description and search results. */
		description: requiredText(),
		/** Publication date; a future date schedules the entry. */
		pubDate: dateSchema(timeZone),
		/** The client's name, as it may be shown. */
		client: requiredText(),
		/** The client's industry, e.g. "Fintech". */
		industry: requiredText(),
		/** Your role in the work, e.g. "Fractional CTO". */
		role: requiredText(),
		/** When the work ran; `end: ongoing` while it still does. */
		period: strictFields({
			start: dateSchema(timeZone),
			end: z.union([z.literal('ongoing'), dateSchema(timeZone)]),
		}).refine(({ start, end }) => end === 'ongoing' || end >= start, {
			message: 'end must not be before start',
			path: ['end'],
		}),
		stack: stackField(),
		/** Topics shared with articles: "Keep reading" links follow them. */
		tags: tagsField(),
		/** Results shown as figures: `{ label: 'p95 latency', value: '−62%' }`. */
		outcomes: z.array(strictFields({ label: requiredText(), value: requiredText() })).default([]),
		/** Featured case studies come first and appear on the home page. */
		featured: z.boolean().default(false),
		draft: z.boolean().default(false),
		...coverFields(image),
	}).superRefine(requireCoverAlt);
}

/** What an experiment is now: running, being built, or kept for the record. */
export const EXPERIMENT_STATUSES = ['live', 'wip', 'archived'] as const;

/** Frontmatter of `content/experiments/` entries: small apps and side projects. */
export function experimentSchema({ image }: SchemaContext, { timeZone }: DatedSchemaOptions) {
	return strictFields({
		title: requiredText(),
		description: requiredText(),
		pubDate: dateSchema(timeZone),
		/** live, wip (work in progress) or archived. */
		status: z.enum(EXPERIMENT_STATUSES, {
			error: `must be one of ${EXPERIMENT_STATUSES.join(', ')}`,
		}),
		/** Where the running app is. */
		url: httpUrl().optional(),
		/** Where its source code is. */
		repo: httpUrl().optional(),
		stack: stackField(),
		draft: z.boolean().default(false),
		...coverFields(image),
	}).superRefine(requireCoverAlt);
}

/** Frontmatter of `content/services/` entries: what the author offers. */
export function serviceSchema() {
	return strictFields({
		title: requiredText(),
		description: requiredText(),
		/** Position in lists of services, lowest first. */
		order: z.int().min(0).default(0),
		draft: z.boolean().default(false),
	});
}

/** Frontmatter of `content/pages/` entries: about, terms, privacy and any other single page. */
export function pageSchema(_context: SchemaContext, { timeZone }: DatedSchemaOptions) {
	return strictFields({
		title: requiredText(),
		description: requiredText(),
		/** Shown as "Last updated …" (terms and privacy pages). */
		updatedDate: dateSchema(timeZone).optional(),
	});
}

/** Accounts and contacts of an author, each optional. */
const AUTHOR_LINK_FIELDS = {
	email: z.email().optional(),
	/** Booking page for calls (Cal.com, Calendly …). */
	booking: httpUrl().optional(),
	website: httpUrl().optional(),
	linkedin: httpUrl().optional(),
	telegram: httpUrl().optional(),
	github: httpUrl().optional(),
	x: httpUrl().optional(),
};

/** `content/authors/<id>.yaml` (or `.json`): who writes the articles. */
export function authorSchema({ image }: SchemaContext) {
	return strictFields({
		name: requiredText(),
		/** Job title shown under the name, e.g. "Forward Deployed Engineer". */
		role: requiredText(),
		/** Where the author works from, e.g. "Dubai". */
		location: requiredText(),
		/** One line for the author card. */
		bio: requiredText().max(200, { message: 'must be at most 200 characters: one line' }),
		/** Photo, relative to the data file, e.g. `./layla-haddad.png`. */
		avatar: image(),
		links: strictFields(AUTHOR_LINK_FIELDS).default({}),
	});
}
