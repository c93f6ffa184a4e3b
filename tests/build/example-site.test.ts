import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../helpers/fixture-site';
import { SITES } from '../helpers/sites';

describe('the bundled example site', () => {
	it('builds without a single warning or error in the log', () => {
		const log = readFileSync(SITES.example.log, 'utf8');
		expect(log).toContain('Complete!');
		expect(log.split('\n').filter((line) => /\b(warn|warning|error)\b/i.test(line))).toEqual([]);
	});

	it('publishes its seven finished articles, and neither its draft nor its scheduled one', () => {
		const articles = exampleSite.files().filter((file) => /^blog\/[^/]+\/index\.html$/.test(file));
		expect(articles).toHaveLength(7);
		expect(articles).not.toContain('blog/fractional-cto-first-30-days/index.html');
		expect(articles).not.toContain('blog/feature-flags-without-a-vendor/index.html');
	});

	it('passes the link checker: every internal link and fragment resolves', () => {
		expect(readFileSync(SITES.example.log, 'utf8')).toMatch(
			/\[fieldnotes:link-checker\] \d+ links on \d+ pages checked in \d+ ms: none broken\./
		);
	});
});
