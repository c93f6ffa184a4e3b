/** What the renderer did in one build, and which cached PNG each card path is. */
export interface SocialCardBuildRecord {
	rendered: number;
	reused: number;
	/** From the start of the batch to its last card. */
	milliseconds: number;
	/** Worker threads that drew the cards (0 when every card was cached). */
	workers: number;
	/** `[site path, cache file]` of every card of the build. */
	cards: [string, string][];
}

type Outcome = { record: SocialCardBuildRecord } | { error: unknown };

// The renderer runs inside Astro's bundle of the site and the after-build step in the integration,
// two copies of this module in one process: a registered symbol is the same in both.
const HANDOFF = Symbol.for('fieldnotes.social-cards.build');
const slot = globalThis as typeof globalThis & { [HANDOFF]?: Promise<Outcome> };

/**
 * Called by the renderer with the batch it started, which draws while Astro renders the pages. The
 * batch's failure is kept, not thrown, until the after-build step asks for it.
 */
export function handOverSocialCardBuild(batch: Promise<SocialCardBuildRecord>): void {
	slot[HANDOFF] = batch.then(
		(record) => ({ record }),
		(error: unknown) => ({ error })
	);
}

/**
 * The record of this build's cards once all are drawn, or `undefined` when the renderer started no
 * batch (`astro dev`, or a site with no card route); the batch's error, if it failed.
 */
export async function takeSocialCardBuild(): Promise<SocialCardBuildRecord | undefined> {
	const outcome = await slot[HANDOFF];
	delete slot[HANDOFF];
	if (!outcome) return undefined;
	if ('error' in outcome) throw outcome.error;
	return outcome.record;
}

/** Forgets a batch a stopped build left, so it never reaches the next build's output. */
export function forgetSocialCardBuild(): void {
	delete slot[HANDOFF];
}
