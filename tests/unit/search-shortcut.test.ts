import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '@/features/search/shortcut';

const press = { key: '/', ctrlKey: false, metaKey: false, altKey: false, isTyping: false };

describe('isSearchShortcut', () => {
	it('opens search on / outside text fields', () => {
		expect(isSearchShortcut(press)).toBe(true);
	});

	it('leaves / alone while the reader types, and with modifier keys', () => {
		expect(isSearchShortcut({ ...press, isTyping: true })).toBe(false);
		expect(isSearchShortcut({ ...press, ctrlKey: true })).toBe(false);
		expect(isSearchShortcut({ ...press, metaKey: true })).toBe(false);
		expect(isSearchShortcut({ ...press, altKey: true })).toBe(false);
		expect(isSearchShortcut({ ...press, key: '?' })).toBe(false);
	});
});
