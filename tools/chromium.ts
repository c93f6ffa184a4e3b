import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './test-setup/system-tools';

export { CHROMIUM_PATH };

/** Headless, and nothing talking to Google. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
] as const;

/** Fails with the command that installs Chromium when it is missing. */
export function assertChromiumInstalled(): void {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`${CHROMIUM_PATH} not found: the browser tests and npm run screenshots drive Debian's Chromium. Install it with: apt-get install -y chromium`
		);
	}
}

/** Debian's Chromium through Playwright, with a fresh profile. */
export async function launchChromium(): Promise<Browser> {
	assertChromiumInstalled();
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}
