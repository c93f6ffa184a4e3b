// @ts-check
/**
 * Mutation testing of the pure modules (`npm run test:mutation`): StrykerJS changes the code one
 * small edit at a time and runs the fast tests (the unit and schemas projects) against each change;
 * a change no test notices is a bug the tests would let through. See docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	// `related`: a mutant runs only the test files that import its module, also a mutant of a
	// module-level constant (a "static" mutant), which no test's coverage can be traced to.
	vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
	// Each mutant runs only the tests that reach it.
	coverageAnalysis: 'perTest',
	mutate: [
		'src/lib/**/*.ts',
		'src/content-model/**/*.ts',
		'src/markdown/**/*.ts',
		'src/features/**/*.ts',
		'src/build/cache.ts',
		// Build hooks, integrations, command lines and browser scripts: the build, cli and browser
		// projects test them in a real build, a child process or Chromium.
		'!src/features/**/{after-build,integration,cli}.ts',
		'!src/features/**/client/**',
		// Glue that reads the collections, the site config or Astro's runtime and holds no rule of its
		// own: the build tests cover it.
		'!src/content-model/{loader,rendered-files}.ts',
		'!src/features/doctor/run-doctor.ts',
		'!src/features/feeds/{entries,links}.ts',
		'!src/features/head-metadata/person.ts',
		'!src/features/redirects/routes.ts',
		'!src/features/social-cards/{cards,renderer}.ts',
		// Worker-thread glue that passes messages to draw.ts: Node runs it from src/ as it is, so
		// Stryker's copy never runs; the unit test of the worker and every build's cards go through it.
		'!src/features/social-cards/draw-worker.ts',
	],
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	incrementalFile: 'reports/mutation/incremental.json',
	// A mutant of a module-level constant ("static") reruns every test file that imports the module:
	// Stryker estimated 41 hours for them on 2 cores. They are left out; the tests reach the same
	// constants through the functions that read them (docs/testing.md).
	ignoreStatic: true,
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	// The machine's other work (and other test runs) go on meanwhile.
	concurrency: 2,
	thresholds: { high: 95, low: 90, break: 90 },
};
