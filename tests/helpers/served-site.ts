import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '@/browser/chromium';
import type { BuiltSite } from './built-site';
import { startNginx, type StaticServer } from './nginx';

/** A built site served by nginx (deploy/nginx.conf), and Chromium to open it with. */
export interface ServedSite {
	server: StaticServer;
	browser: Browser;
}

/**
 * Starts nginx and Chromium before the tests of the calling file (or describe block) and stops
 * them after; the fields are set once the tests run.
 */
export function serveInChromium(site: BuiltSite): ServedSite {
	const served = {} as ServedSite;
	beforeAll(async () => {
		served.server = await startNginx(site.outDir);
		served.browser = await launchChromium();
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.server?.stop();
	});
	return served;
}
