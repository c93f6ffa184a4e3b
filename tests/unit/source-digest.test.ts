import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFiles } from '@/build/source-digest';

describe('digestFiles', () => {
	it('changes when a watched file changes and not otherwise', () => {
		const folder = mkdtempSync(join(tmpdir(), 'digest-'));
		writeFileSync(join(folder, 'schema.ts'), 'export const a = 1;');
		const first = digestFiles([folder]);
		expect(digestFiles([folder])).toBe(first);
		writeFileSync(join(folder, 'schema.ts'), 'export const a = 2;');
		expect(digestFiles([folder])).not.toBe(first);
	});

	it('ignores paths that do not exist', () => {
		expect(digestFiles(['/no/such/folder'])).toBe(digestFiles([]));
	});
});
