import { beforeEach, describe, expect, it } from 'vitest';
import { seriesSchema } from '@/content-model/series';

let schema: ReturnType<typeof seriesSchema>;
// Built before each test, not once on import: mutation testing switches a change on per test.
beforeEach(() => {
	schema = seriesSchema();
});

function messagesOf(input: unknown): string[] {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('Expected the series to be rejected');
	return result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
}

describe('seriesSchema', () => {
	it('accepts a title and a description, trimmed', () => {
		expect(schema.parse({ title: ' Queues ', description: 'One idea per part.' })).toEqual({
			title: 'Queues',
			description: 'One idea per part.',
		});
	});

	it('requires both fields and rejects empty ones', () => {
		expect(messagesOf({ title: '' })).toEqual([
			'title: must not be empty',
			'description: Invalid input: expected string, received undefined',
		]);
	});

	it('names an unknown field and the allowed ones', () => {
		expect(messagesOf({ title: 'Queues', description: 'Parts.', order: 1 })).toEqual([
			': unknown field `order`: allowed fields are title, description',
		]);
	});
});
