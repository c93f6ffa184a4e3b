import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site';

const TEXT_FILE = /\.(html|xml|xsl|txt|json|js|css)$/;

describe('drafts and scheduled articles', () => {
	const files = fixtureSite.files();

	it.each([
		'DRAFT-SENTINEL',
		'SCHEDULED-SENTINEL',
		'draft-post',
		'scheduled-post',
		'draft-only-tag',
		'draft-only-cover',
		'scheduled-only-tag',
	])('"%s" appears in no file of the output', (sentinel) => {
		const leaks = files.filter(
			(file) => TEXT_FILE.test(file) && fixtureSite.read(file).includes(sentinel)
		);
		expect(leaks).toEqual([]);
		expect(files.filter((file) => file.includes(sentinel))).toEqual([]);
	});
});
