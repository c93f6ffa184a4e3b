import { findMissingTools } from '../../tools/test-setup/probe';
import { formatMissingTools } from '../../tools/test-setup/system-tools';

/**
 * Vitest global setup of the build project: stops the run before any site is built or any test
 * runs when a system tool is missing, with the one message `npm run test:setup` gives.
 */
export function setup(): void {
	const missing = findMissingTools();
	if (missing.length > 0) {
		const error = new Error(
			formatMissingTools(
				missing,
				'vitest alone does not install them; `npm run test:setup` does, and `npm test` runs it first'
			)
		);
		// The message is the whole report: a stack trace would only bury it.
		error.stack = error.message;
		throw error;
	}
}
