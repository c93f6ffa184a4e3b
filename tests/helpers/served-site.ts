import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/chromium';
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
 * @param under a folder to serve the site from, as GitHub Pages serves a project site
 *   (`notes` serves the output folder at /notes/); the site's root when omitted
 */
export function serveInChromium(site: BuiltSite, { under }: { under?: string } = {}): ServedSite {
	const served = {} as ServedSite;
	let root: string | undefined;
	beforeAll(async () => {
		if (under) {
			root = await mkdtemp(join(tmpdir(), 'fieldnotes-served-'));
			await symlink(site.outDir, join(root, under));
		}
		served.server = await startNginx(root ?? site.outDir, {
			policyMap: join(site.outDir, '_headers.nginx.conf'),
		});
		served.browser = await launchChromium();
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.server?.stop();
		if (root) await rm(root, { recursive: true, force: true });
	});
	return served;
}
