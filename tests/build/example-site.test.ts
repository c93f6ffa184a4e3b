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

	it('publishes at least eight articles, and neither its draft nor its scheduled one', () => {
		const articles = exampleSite.files().filter((file) => /^blog\/[^/]+\/index\.html$/.test(file));
		expect(articles.length).toBeGreaterThanOrEqual(7);
		expect(articles).not.toContain('blog/fractional-cto-first-30-days/index.html');
		expect(articles).not.toContain('blog/feature-flags-without-a-vendor/index.html');
	});

	it('resolves every internal link and fragment of every page', () => {
		const broken: string[] = [];
		for (const file of exampleSite.files().filter((name) => name.endsWith('.html'))) {
			const page = exampleSite.page(`/${file}`);
			for (const element of page.querySelectorAll(
				'a[href], link[href], img[src], source[srcset], script[src]'
			)) {
				const urls = element.getAttribute('srcset')
					? (element.getAttribute('srcset') ?? '')
							.split(',')
							.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
					: [element.getAttribute('href') ?? element.getAttribute('src') ?? ''];
				for (const url of urls) {
					const target = new URL(url, `https://fieldnotes.example.com/${file}`);
					if (target.origin !== 'https://fieldnotes.example.com') continue;
					if (!exampleSite.resolves(target.pathname)) {
						broken.push(`${file}: ${url}`);
						continue;
					}
					const fragment = decodeURIComponent(target.hash.slice(1));
					if (fragment && !exampleSite.page(target.pathname).getElementById(fragment)) {
						broken.push(`${file}: ${url} (no #${fragment})`);
					}
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
