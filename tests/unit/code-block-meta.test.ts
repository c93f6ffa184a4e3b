import { describe, expect, it } from 'vitest';
import { parseCodeTitle } from '@/features/code-blocks/code-block-meta';

describe('parseCodeTitle', () => {
	it('reads a double-quoted title next to line ranges', () => {
		expect(parseCodeTitle('title="src/app.ts" {1,3-4}')).toBe('src/app.ts');
		expect(parseCodeTitle('{2} title="src/app.ts"')).toBe('src/app.ts');
	});

	it('reads a single-quoted title, which may hold double quotes', () => {
		expect(parseCodeTitle(`title='say "hi".sh'`)).toBe('say "hi".sh');
	});

	it('keeps spaces inside the quotes and trims the ends', () => {
		expect(parseCodeTitle('title=" My notes.md "')).toBe('My notes.md');
	});

	it('has no title without meta, with an empty title or an unquoted one', () => {
		expect(parseCodeTitle(undefined)).toBeUndefined();
		expect(parseCodeTitle('')).toBeUndefined();
		expect(parseCodeTitle('{1,3}')).toBeUndefined();
		expect(parseCodeTitle('title=""')).toBeUndefined();
		expect(parseCodeTitle('title=src/app.ts')).toBeUndefined();
	});

	it('does not mistake another key ending in "title" for the title', () => {
		expect(parseCodeTitle('subtitle="no"')).toBeUndefined();
	});
});
