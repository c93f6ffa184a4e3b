import { describe, expect, it } from 'vitest';
import { fixtureSite as site } from '../helpers/fixture-site';

const text = (path: string, selector: string) =>
	site
		.page(path)
		.querySelectorAll(selector)
		.map((element) => element.text.replace(/\s+/g, ' ').trim());

describe('case studies in the fixture site', () => {
	it('lists the published ones on /case-studies/, featured first, and never the draft', () => {
		expect(text('/case-studies/', 'main h2')).toEqual([
			'Queue migration <without> downtime',
			'Clinic booking',
		]);
		const drafts = site
			.files()
			.filter((file) => /\.(html|xml|txt|json)$/.test(file))
			.filter((file) => /secret-client|UNPUBLISHED CASE STUDY|Secret Client/.test(site.read(file)));
		expect(drafts).toEqual([]);
	});

	it('shows the summary, the period with its length, and the outcomes as figures', () => {
		const path = '/case-studies/queue-migration/';
		expect(text(path, 'h1')).toEqual(['Queue migration <without> downtime']);
		// The facts in the rail beside the body, the figures at the top of the body.
		const summaryList = site.page(path).querySelector('main article aside dl');
		const outcomeList = site.page(path).querySelector('main article > div dl');
		const summary = summaryList?.querySelectorAll('div') ?? [];
		expect(
			summary.map((row) => [row.querySelector('dt')?.text, row.querySelector('dd')?.text])
		).toEqual([
			['Client', 'Acme & Sons'],
			['Industry', 'Logistics'],
			['Role', 'Fractional CTO'],
			['Period', 'January 2025 – August 2025 · 8 months'],
			['Stack', 'Postgres, Go'],
		]);
		expect(
			outcomeList
				?.querySelectorAll('div')
				.map((row) => [row.querySelector('dd')?.text, row.querySelector('dt')?.text])
		).toEqual([
			['−62%', 'p95 latency'],
			['4 → 0', 'Incidents a month'],
		]);
		expect(text('/case-studies/clinic-booking/', 'aside dl dd')).toContain('July 2025 – ongoing');
	});

	it('links to the articles that share its tags and stack, and shows the author', () => {
		const path = '/case-studies/queue-migration/';
		const related = site
			.page(path)
			.querySelectorAll('[aria-labelledby="keep-reading"] h3 a')
			.map((link) => link.getAttribute('href'));
		expect(related.length).toBeGreaterThan(0);
		expect(related.every((href) => /^\/blog\/series-part-\d\/$/.test(href ?? ''))).toBe(true);
		expect(text(path, '[aria-label="About the author"] p')[0]).toBe('Layla Haddad');
	});
});

describe('experiments in the fixture site', () => {
	it('shows each status and only the links an experiment has', () => {
		expect(text('/experiments/', 'main ul > li span.badge')).toEqual(['Live', 'Archived']);
		const live = site.page('/experiments/queue-inspector/');
		expect(live.querySelector('a[href="https://queue-inspector.example.com"]')?.text).toBe(
			'Open the app ↗'
		);
		expect(
			live.querySelector('a[href="https://github.com/fieldnotes/queue-inspector"]')?.text
		).toBe('Source code ↗');
		const archived = site.page('/experiments/old-tool/');
		expect(archived.querySelectorAll('main article a').map((link) => link.text)).toEqual([
			'Home',
			'Experiments',
			'Source code ↗',
		]);
	});
});

describe('services, pages and references in the fixture site', () => {
	it('builds each service page and each file of content/pages/ at /<name>/', () => {
		expect(text('/services/platform-review/', 'h1')).toEqual(['Platform review']);
		expect(text('/about/', 'h1')).toEqual(['About']);
		expect(text('/privacy/', 'main article p')).toContain('Last updated 1 October 2025');
	});

	it('ends an article with a cta in a box that links to the service', () => {
		const box = site
			.page('/blog/performance-budgets/')
			.querySelector('aside[aria-labelledby="call-to-action"]');
		expect(box?.querySelector('h2')?.text.trim()).toBe('Platform review');
		expect(box?.querySelector('a')?.getAttribute('href')).toBe('/services/platform-review/');
		expect(
			site.page('/blog/series-part-2/').querySelector('[aria-labelledby="call-to-action"]')
		).toBeNull();
	});

	it("shows an article's own author, and the main author when it names none", () => {
		const authorOf = (path: string) => text(path, '[aria-label="About the author"] p').slice(0, 2);
		expect(authorOf('/blog/series-part-1/')).toEqual([
			'Omar Khalil',
			'Site Reliability Engineer · Amman',
		]);
		expect(authorOf('/blog/series-part-2/')).toEqual([
			'Layla Haddad',
			'Forward Deployed Engineer · Dubai',
		]);
	});

	it("lists the main author's contact links in the footer", () => {
		const footer = site.page('/').querySelector('footer');
		expect(
			footer?.querySelector('a[href="mailto:hello@fieldnotes.example.com"]')?.text.trim()
		).toBe('Get in touch');
	});
});

describe('the home page of the fixture site', () => {
	it('shows the featured case studies, the testimonials, the latest articles and the experiments', () => {
		expect(text('/', 'main section h2')).toEqual([
			'Selected work',
			'What clients say',
			'Latest articles',
			'Experiments',
			'New articles by email',
		]);
		expect(text('/', '[aria-labelledby="featured-heading"] h3')).toEqual([
			'Queue migration <without> downtime',
		]);
		expect(text('/', '[aria-labelledby="experiments-heading"] h3')).toEqual([
			'Queue inspector',
			'Old tool',
		]);
	});
});

describe('the newsletter signup', () => {
	const form = site
		.page('/blog/series-part-2/')
		.querySelector('[aria-labelledby="newsletter-heading"] form');

	it('is a plain form posting to the provider set in src/site.config.ts', () => {
		expect(form?.getAttribute('action')).toBe(
			'https://buttondown.com/api/emails/embed-subscribe/fieldnotes'
		);
		expect(form?.getAttribute('method')).toBe('post');
	});

	it('has a labelled, required email field and an empty honeypot hidden from people', () => {
		const email = form?.querySelector('input[type="email"]');
		expect(email?.getAttribute('name')).toBe('email');
		expect(email?.hasAttribute('required')).toBe(true);
		expect(form?.querySelector(`label[for="${email?.getAttribute('id')}"]`)?.text.trim()).toBe(
			'Email address'
		);
		const honeypot = form?.querySelector('input[name="website"]');
		expect(honeypot?.getAttribute('tabindex')).toBe('-1');
		expect(honeypot?.getAttribute('value')).toBe('');
		expect(honeypot?.parentNode?.getAttribute('aria-hidden')).toBe('true');
	});

	it('links to the privacy page, and the policy lets the form post to the provider', () => {
		const section = site.page('/').querySelector('[aria-labelledby="newsletter-heading"]');
		expect(section?.querySelector('a')?.getAttribute('href')).toBe('/privacy/');
		expect(site.read('_headers')).toContain("form-action 'self' https://buttondown.com;");
	});
});

describe('the HTML site map', () => {
	it('lists every page of the XML sitemap but the paginated indexes, and nothing else', () => {
		const sitemapPaths = [
			...site.read('sitemap-0.xml').matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g),
		]
			.map(([, path]) => decodeURI(path ?? ''))
			.filter((path) => !/\/\d+\/$/.test(path));
		const siteMapPaths = site
			.page('/site-map/')
			.querySelectorAll('main section a')
			.map((link) => decodeURI(link.getAttribute('href') ?? ''));
		expect([...new Set(siteMapPaths)].sort()).toEqual([...new Set(sitemapPaths)].sort());
	});

	it('groups articles by year and lists the series and the portfolio sections', () => {
		expect(text('/site-map/', 'main h2')).toEqual([
			'Pages',
			'Articles',
			'Series',
			'Case studies',
			'Experiments',
			'Services',
			'Tags',
		]);
		expect(text('/site-map/', 'main h3')).toEqual(['2026', '2025', '2024']);
	});
});

describe('the footer and the 404 page', () => {
	it('dates the copyright from the newest content and links to the site map, terms only if built', () => {
		const footer = site.page('/blog/').querySelector('footer');
		expect(footer?.text).toMatch(/© 2026 Layla Haddad/);
		const links = footer?.querySelectorAll('a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(['/rss.xml', '/site-map/', '/privacy/']));
		// The fixture has a privacy page but no terms page.
		expect(links).not.toContain('/terms/');
	});

	it('offers the sections and the latest articles on the 404 page', () => {
		expect(text('/404.html', 'main h2')).toEqual(['Sections', 'Latest articles']);
		expect(text('/404.html', '[aria-labelledby="sections-heading"] a')).toEqual([
			'Home',
			'Blog',
			'Case studies',
			'Experiments',
			'About',
			'Site map',
		]);
	});
});
