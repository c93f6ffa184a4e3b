import { z } from 'astro/zod';
import { SECTIONS } from '@/lib/paths';

/** A link shown in the header navigation or the footer. */
export const NavigationLinkSchema = z.strictObject({
	/** Visible text of the link. */
	label: z.string().min(1),
	/** Site-relative path with a trailing slash (`/blog/`) or an absolute URL. */
	href: z.string().regex(/^(\/|https?:\/\/|mailto:)/, {
		message: 'must start with "/", "http(s)://" or "mailto:"',
	}),
});

/** Where readers propose a change to a page: the code host's edit view of the site's repository. */
export const EditLinkSchema = z.strictObject({
	/**
	 * URL prefix of the repository's edit view; each page appends its source file's path from the
	 * repository root. @example 'https://github.com/owner/repo/edit/main/'
	 */
	baseUrl: z.url({ protocol: /^https?$/ }).refine((url) => !/[?#]/.test(url), {
		message: 'must not contain "?" or "#": the file path is appended to it',
	}),
});

/**
 * Where the newsletter signup form posts: a plain HTML form, so it works without JavaScript, for
 * any provider with a form endpoint (Buttondown, Mailchimp, Kit …).
 */
export const NewsletterSchema = z.strictObject({
	/** The provider's form URL. @example 'https://buttondown.com/api/emails/embed-subscribe/<you>' */
	action: z.url({ protocol: /^https$/ }),
	method: z.enum(['post', 'get']).default('post'),
	/** Name of the email input the provider reads: `email` (Buttondown, Kit), `EMAIL` (Mailchimp). */
	emailField: z.string().min(1).default('email'),
	/** Hidden inputs the provider needs, e.g. Mailchimp's `{ u: '…', id: '…' }`. */
	hiddenFields: z.record(z.string(), z.string()).default({}),
	/** Name of the anti-bot field people leave empty; Mailchimp's looks like `b_<u>_<id>`. */
	honeypotField: z.string().min(1).default('website'),
});

/**
 * Comments under each article, through giscus (GitHub Discussions). Nothing loads from giscus.app
 * until a reader presses "Show comments". The ids come from the giscus.app configurator.
 */
export const CommentsSchema = z.strictObject({
	/** The public GitHub repository holding the discussions. @example 'owner/blog-comments' */
	repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: 'must be a repository as owner/name' }),
	/** The repository's id, from giscus.app. @example 'R_kgDOxxxxxx' */
	repoId: z.string().min(1),
	/** The discussion category new threads go in. @example 'Comments' */
	category: z.string().min(1),
	/** The category's id, from giscus.app. @example 'DIC_kwDOxxxxxx' */
	categoryId: z.string().min(1),
	/** How an article finds its discussion: by its path (stays when the title changes), URL or title. */
	mapping: z.enum(['pathname', 'url', 'title', 'og:title']).default('pathname'),
	/** Match the discussion title exactly (giscus's strict mode), so similar paths never share one. */
	strict: z.boolean().default(true),
	/** Show reactions to the article above the comments. */
	reactions: z.boolean().default(true),
	/** Where the comment box sits: above or below the comments. */
	inputPosition: z.enum(['top', 'bottom']).default('bottom'),
	/** The giscus interface language. @example 'en' */
	lang: z.string().min(2).default('en'),
	/** giscus themes for the site's light and dark themes, followed as the reader switches. */
	themes: z
		.strictObject({ light: z.string().min(1), dark: z.string().min(1) })
		.default({ light: 'light', dark: 'dark' }),
});

/**
 * One privacy-friendly analytics script (Plausible, Umami, GoatCounter …) on every page, loaded
 * with `defer`; the Content-Security-Policy allows its origin and nothing else.
 * @example { scriptUrl: 'https://plausible.io/js/script.js', attributes: { 'data-domain': 'example.com' } }
 * @example { scriptUrl: 'https://cloud.umami.is/script.js', attributes: { 'data-website-id': '94db1cb1-…' } }
 */
export const AnalyticsSchema = z.strictObject({
	/** The provider's script. */
	scriptUrl: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
	/** The `data-*` attributes the script reads: the site id, the domain, the endpoint … */
	attributes: z
		.record(z.string(), z.string())
		.refine(
			(attributes) => Object.keys(attributes).every((name) => /^data-[a-z0-9-]+$/.test(name)),
			{
				message: 'must be data-* attributes, such as { "data-domain": "example.com" }',
			}
		)
		.default({}),
	/**
	 * Origins the script sends its page views to (CSP connect-src); by default the script's own.
	 * GoatCounter counts at `https://<code>.goatcounter.com` while its script is on gc.zgo.at.
	 */
	connectOrigins: z
		.array(
			z
				.url({ protocol: /^https$/ })
				.refine((url) => new URL(url).origin === url.replace(/\/$/, ''), {
					message: 'must be an origin, such as https://example.goatcounter.com, without a path',
				})
		)
		.optional(),
});

/**
 * How a section's index page introduces it: its heading (also the document title and the
 * breadcrumb back to it) and its meta description (also the text of its social card). Either
 * may be left out to keep the default.
 */
function sectionSchema(title: string, description: string) {
	return z
		.strictObject({
			/** The heading of the section's index page. */
			title: z.string().min(1).default(title),
			/** The meta description of the section's index page, 200 characters at most. */
			description: z.string().min(1).max(200).default(description),
		})
		.prefault({});
}

/** The fields of the site configuration, documented one by one. */
const siteConfigFields = {
	/** Site name, used in the header, page titles and feeds. */
	title: z.string().min(1),
	/** Default meta description and feed description. */
	description: z.string().min(1).max(200),
	/**
	 * Public address of the site, used for canonical, feed and sitemap URLs. A path makes it the
	 * base path of every page and asset, as a GitHub Pages project site needs. The environment
	 * variable FIELDNOTES_SITE_URL overrides it (the Pages workflow sets it).
	 * @example 'https://example.com'
	 * @example 'https://layla.github.io/fieldnotes/'
	 */
	url: z.url({ protocol: /^https?$/ }).refine((url) => !/[?#]/.test(url), {
		message: 'must not contain "?" or "#": page paths are appended to it',
	}),
	/** BCP 47 language tag used for `<html lang>` and date formatting. @example 'en-GB' */
	locale: z
		.string()
		.refine(isValidLocale, { message: 'is not a valid BCP 47 locale such as "en-GB"' }),
	/** IANA time zone in which dates are shown and date-only `pubDate`s start. @example 'Asia/Dubai' */
	timeZone: z.string().refine(isValidTimeZone, {
		message: 'is not an IANA time zone such as "Europe/London"',
	}),
	/**
	 * The id of the site's main author: `content/authors/<id>.yaml` (or `.json`). Articles without
	 * an `author` field are theirs; the home page and the footer introduce them.
	 * @example 'layla-haddad'
	 */
	author: z.string().regex(/^[\w-]+$/, {
		message: 'must be the file name of an author in content/authors/, without .yaml',
	}),
	/**
	 * The home page's headline, the first thing a visitor reads, under the author's role and
	 * location. @example 'Layla Haddad writes about engineering that ships.'
	 */
	hero: z.string().min(1).max(120).default('Notes on building software, and the work around it.'),
	/**
	 * The titles and descriptions of the section index pages.
	 * @example { caseStudies: { title: 'Work' }, blog: { description: 'Notes on …' } }
	 */
	sections: z
		.strictObject({
			blog: sectionSchema('Blog', 'Every article on the site, newest first.'),
			tags: sectionSchema('Tags', 'Every topic on the blog, with the number of articles on each.'),
			caseStudies: sectionSchema(
				'Case studies',
				'Client work: the problem, what was done, and the results in figures.'
			),
			experiments: sectionSchema(
				'Experiments',
				'Small apps and side projects: what they do and where to try them.'
			),
			series: sectionSchema(
				'Series',
				'Articles written in several parts, each series in reading order.'
			),
		})
		.prefault({}),
	/** Header navigation, in order. */
	navigation: z.array(NavigationLinkSchema).default([
		{ label: 'Blog', href: SECTIONS.blog },
		{ label: 'Tags', href: SECTIONS.tags },
	]),
	/** Footer links, in order. */
	footerLinks: z.array(NavigationLinkSchema).default([]),
	/** The newsletter signup form; without it, no form is shown anywhere. */
	newsletter: NewsletterSchema.optional(),
	/** Articles per page on `/blog/` and tag pages. */
	postsPerPage: z.int().min(1).max(100).default(10),
	/**
	 * How many of the newest articles each feed carries (RSS, Atom, JSON Feed and every tag's
	 * feed), or `'all'`. Feed readers poll a feed and only need what is new; a feed of every
	 * article of a large site runs to hundreds of megabytes, which readers refuse.
	 * @example 50
	 * @example 'all'
	 */
	feedItems: z
		.union([z.int().min(1), z.literal('all')], {
			error: 'must be a whole number of articles, 1 or more, or "all"',
		})
		.default(20),
	/** Number of "Keep reading" articles under each article. */
	relatedArticles: z.int().min(0).max(6).default(3),
	/**
	 * Adds an "Edit this page" link to each article, pointing at its source file; without it, no link.
	 * @example { baseUrl: 'https://github.com/owner/repo/edit/main/' }
	 */
	editLink: EditLinkSchema.optional(),
	/** Comments through giscus, shown on request under each article; without it, no comments. */
	comments: CommentsSchema.optional(),
	/** One analytics script on every page; without it, no analytics. */
	analytics: AnalyticsSchema.optional(),
};

/** Every setting a site owner controls; `src/site.config.ts` holds the values. */
export const SiteConfigSchema = z.strictObject(siteConfigFields, {
	error: (issue) =>
		issue.code === 'unrecognized_keys'
			? `unknown setting${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; the settings are ${Object.keys(siteConfigFields).join(', ')}`
			: undefined,
});

/** A validated site configuration, with defaults applied. */
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
/** What a site owner writes in `src/site.config.ts`. */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;

/**
 * Validates the site configuration and returns it with defaults applied.
 * Throws one error that lists every problem with its path, so an owner fixes them all in one pass.
 *
 * Two environment variables change settings for one build without editing the file:
 * FIELDNOTES_SITE_URL replaces `url` (the GitHub Pages workflow sets it), and FIELDNOTES_SITE_CONFIG,
 * a JSON object, replaces the settings it names, e.g. `{"analytics": null}` for a staging build
 * without analytics (`null` removes an optional setting). The tests build a site with comments and
 * analytics this way.
 * @param environment where FIELDNOTES_SITE_URL and FIELDNOTES_SITE_CONFIG are read from
 */
export function defineSiteConfig(
	input: SiteConfigInput,
	environment: Readonly<Record<string, string | undefined>> = process.env
): SiteConfig {
	const urlOverride = environment['FIELDNOTES_SITE_URL'];
	const overrides = readSettingsOverride(environment['FIELDNOTES_SITE_CONFIG']);
	const merged: Record<string, unknown> = { ...input, ...overrides };
	for (const [setting, value] of Object.entries(overrides)) {
		if (value === null) delete merged[setting];
	}
	if (urlOverride) merged['url'] = urlOverride;
	const result = SiteConfigSchema.safeParse(merged);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		const path = issue.path.join('.');
		const [setting] = issue.path;
		const source =
			path === 'url' && urlOverride
				? ' (from FIELDNOTES_SITE_URL)'
				: // Stryker disable next-line ConditionalExpression: a problem without a setting has no path, and then its source is not printed
					typeof setting === 'string' && setting in overrides
					? ' (from FIELDNOTES_SITE_CONFIG)'
					: '';
		return `  - ${path ? `${path}${source}: ` : ''}${issue.message}`;
	});
	throw new Error(
		`Invalid site configuration in src/site.config.ts (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`
	);
}

/** The settings FIELDNOTES_SITE_CONFIG replaces: a JSON object, or none when the variable is unset. */
function readSettingsOverride(json: string | undefined): Record<string, unknown> {
	if (json === undefined || json.trim() === '') return {};
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		throw new Error(
			`FIELDNOTES_SITE_CONFIG is not valid JSON (${error instanceof Error ? error.message : String(error)}): set it to an object of settings, such as {"analytics": null}.`,
			{ cause: error }
		);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Error(
			'FIELDNOTES_SITE_CONFIG must be a JSON object of settings, such as {"analytics": null}.'
		);
	}
	return value as Record<string, unknown>;
}

function isValidLocale(locale: string): boolean {
	try {
		return Intl.getCanonicalLocales(locale).length === 1;
	} catch {
		// A RangeError: not a well-formed language tag.
	}
	return false;
}

function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone });
		return true;
	} catch {
		// A RangeError: not a time zone Intl knows.
	}
	return false;
}
