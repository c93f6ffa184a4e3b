import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromiumInstalled, CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tools/chromium';
import { exampleSite } from '../helpers/fixture-site';
import { startNginx, type StaticServer } from '../helpers/nginx';

const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;

let server: StaticServer;
let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
	assertChromiumInstalled();
	server = await startNginx(exampleSite.outDir);
	chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: [...CHROMIUM_FLAGS],
	});
});

afterAll(async () => {
	chrome?.kill();
	await server?.stop();
});

// Lighthouse's default: a mid-range phone on a slow 4G connection, simulated.
describe('Lighthouse, mobile', () => {
	it.each(['/', '/blog/idempotent-webhooks/'])(
		'scores 100 for accessibility, best practices and SEO on %s',
		async (path) => {
			const result = await lighthouse(`${server.origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', ...ASSERTED],
			});
			if (!result) throw new Error('Lighthouse returned no result');
			const { categories, audits } = result.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			// Performance is a timing, so it is reported, not asserted.
			const metrics = [
				'first-contentful-paint',
				'largest-contentful-paint',
				'total-blocking-time',
				'cumulative-layout-shift',
			]
				.map((id) => `${audits[id]?.title}: ${audits[id]?.displayValue}`)
				.join(', ');
			console.log(
				`Lighthouse ${path}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')} (${metrics})`
			);
			const failing = ASSERTED.flatMap((id) =>
				(categories[id]?.auditRefs ?? [])
					.filter(
						(ref) => ref.weight > 0 && audits[ref.id]?.score !== 1 && audits[ref.id]?.score !== null
					)
					.map((ref) => `${id}: ${ref.id}: ${audits[ref.id]?.title}`)
			);
			expect(failing).toEqual([]);
			for (const id of ASSERTED) expect(score(id), id).toBe(100);
		}
	);
});
