/**
 * An error about something the person building fixes (a folder they must make writable, a build
 * already running), not a bug: Astro prints its message alone, as it prints no stack trace for an
 * error without one, and a stack trace would only point into our code.
 */
export class PlainError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PlainError';
		this.stack = '';
	}
}
