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
} as const;
