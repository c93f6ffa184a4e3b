import { defineConfig } from 'vitest/config';
import TestOrder from './tests/helpers/test-order';

export default defineConfig({
	resolve: {
		alias: { '@/': new URL('./src/', import.meta.url).pathname },
	},
	test: {
		// Both cores of the CI machine: Vitest's default leaves one free. Astro processes in the
		// checkout take turns through tests/helpers/checkout-lock.ts.
		maxWorkers: 2,
		sequence: { sequencer: TestOrder },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				test: { name: 'schemas', include: ['tests/schemas/**/*.test.ts'] },
			},
			{
				extends: true,
				// Command-line tools (doctor, new) run as a user would run them, in a child process.
				test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 },
			},
			// .astro components, compiled by Astro's Vite plugins and rendered with the Container API.
			'tests/components/vitest.config.ts',
			{
				extends: true,
				test: {
					name: 'build',
					// Browser tests open the same built sites in Chromium, served by nginx.
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					// Checks the system tools first (one message when any is missing), then builds the
					// fixture and example sites once; every build test reads their output.
					globalSetup: ['tests/helpers/system-tools.ts', 'tests/helpers/build-sites.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
