import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes `.astro/` in the checkout (the content asset and module maps) whatever the content
 * folder, so two test files building or serving different content there at once would read each
 * other's maps (two such builds failed so under `vitest --maxWorkers=2`). Every Astro process in
 * the checkout takes this lock first: a folder whose creation is atomic, holding the owner's pid.
 */
const CACHE = fileURLToPath(new URL('../../.cache/', import.meta.url));
const LOCK = `${CACHE}checkout.lock`;

let holders = 0;
let taken: Promise<void> | undefined;

function ownerIsGone(): boolean {
	try {
		process.kill(Number(readFileSync(`${LOCK}/pid`, 'utf8')), 0);
		return false;
	} catch {
		return true;
	}
}

async function take(): Promise<void> {
	mkdirSync(CACHE, { recursive: true });
	for (let waited = 0; ; waited += 100) {
		try {
			mkdirSync(LOCK);
			writeFileSync(`${LOCK}/pid`, String(process.pid));
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		// A test process killed while holding the lock leaves it behind: take it over. (A lock
		// without its pid file yet is one being taken right now; it gets two seconds.)
		if (waited >= 2_000 && ownerIsGone()) rmSync(LOCK, { recursive: true, force: true });
		await sleep(100);
	}
}

/**
 * Waits until this test process alone runs Astro in the checkout, and returns the release.
 * Re-entrant: a test can hold the checkout across several builds and servers, started at once.
 */
export async function lockCheckout(): Promise<() => void> {
	holders += 1;
	if (holders === 1) taken = take();
	await taken;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		holders -= 1;
		if (holders === 0) rmSync(LOCK, { recursive: true, force: true });
	};
}

/** Runs `work` holding the checkout (see lockCheckout). */
export async function withCheckout<T>(work: () => Promise<T>): Promise<T> {
	const release = await lockCheckout();
	try {
		return await work();
	} finally {
		release();
	}
}
