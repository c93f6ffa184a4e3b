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
} as const;
