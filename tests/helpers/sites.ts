import { TEST_BUILD_ROOT } from './astro-build';

/** The sites the build tests build once and inspect. */
export const SITES = {
	/** tests/fixtures/site: edge cases (hostile title, draft, scheduled, repeated headings, CJK). */
	fixture: {
		contentDirectory: './tests/fixtures/site',
		outDir: `${TEST_BUILD_ROOT}fixture/`,
		log: `${TEST_BUILD_ROOT}fixture.log`,
	},
	/** The bundled example site in content/, as `npm run build` builds it. */
	example: {
		contentDirectory: undefined,
		outDir: `${TEST_BUILD_ROOT}example/`,
		log: `${TEST_BUILD_ROOT}example.log`,
	},
	/** The example site deployed under a sub-path, as a GitHub Pages project site is. */
	exampleUnderBasePath: {
		contentDirectory: undefined,
		siteUrl: 'https://layla.github.io/notes/',
		outDir: `${TEST_BUILD_ROOT}example-under-base-path/`,
		log: `${TEST_BUILD_ROOT}example-under-base-path.log`,
	},
	/**
	 * tests/fixtures/extras: math, diagrams, and the opt-in comments and analytics, which the
	 * example site leaves off (a site without them must request nothing from another host). The
	 * analytics host is stubbed in the browser tests; neither host is reached.
	 */
	extras: {
		contentDirectory: './tests/fixtures/extras',
		siteConfig: {
			comments: {
				repo: 'fieldnotes/comments',
				repoId: 'R_test',
				category: 'Comments',
				categoryId: 'DIC_test',
			},
			analytics: {
				scriptUrl: 'https://stats.example.net/js/script.js',
				attributes: { 'data-domain': 'fieldnotes.example.com' },
				connectOrigins: ['https://beacon.example.net'],
			},
		},
		outDir: `${TEST_BUILD_ROOT}extras/`,
		log: `${TEST_BUILD_ROOT}extras.log`,
	},
} as const;
