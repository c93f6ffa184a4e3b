import { BuiltSite } from './built-site';
import { SITES } from './sites';

/** The fixture site built by the global setup (tests/fixtures/site). */
export const fixtureSite = new BuiltSite(SITES.fixture.outDir);
/** The bundled example site built by the global setup (content/). */
export const exampleSite = new BuiltSite(SITES.example.outDir);
/** tests/fixtures/extras: math, diagrams, comments and analytics turned on. */
export const extrasSite = new BuiltSite(SITES.extras.outDir);
/** The example site built for https://layla.github.io/notes/, under the base path /notes/. */
export const exampleSiteUnderBasePath = new BuiltSite(SITES.exampleUnderBasePath.outDir);

/** Slugs of the fixture articles that must be published, newest first. */
export const PUBLISHED_FIXTURE_SLUGS = [
	'hostile-title',
	'repeated-headings',
	'single-heading',
	'cjk-notes',
	'performance-budgets',
	'with-cover',
	'series-part-5',
	'series-part-4',
	'series-part-3',
	'series-part-2',
	'series-part-1',
	'reading-aids',
	'code-and-callouts',
] as const;
