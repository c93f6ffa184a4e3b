import { describe, expect, it } from 'vitest';
import { detachedCopy } from '@/lib/detached-copy';

describe('detachedCopy', () => {
	it('gives the same text back, whatever its characters', () => {
		const page = `<meta content="default-src 'self'; script-src 'sha256-abc='">静的サイト — ✓ 🚀`;
		for (const text of [page, page.slice(15, 45), '', '\u00e9\u0301', '🚀'.repeat(20)]) {
			expect(detachedCopy(text)).toBe(text);
		}
	});
});
