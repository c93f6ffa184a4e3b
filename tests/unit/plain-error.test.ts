import { describe, expect, it } from 'vitest';
import { PlainError } from '@/lib/plain-error';

describe('PlainError', () => {
	it('prints as its name and message, with no stack trace', () => {
		const error = new PlainError('Another build is running in this folder.');
		expect(String(error)).toBe('PlainError: Another build is running in this folder.');
		expect(error.stack).toBe('');
		expect(error).toBeInstanceOf(Error);
	});
});
