import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	forgetSocialCardBuild,
	handOverSocialCardBuild,
	takeSocialCardBuild,
	type SocialCardBuildRecord,
} from '@/features/social-cards/build-handoff';

const RECORD: SocialCardBuildRecord = {
	rendered: 2,
	reused: 1,
	milliseconds: 840,
	workers: 2,
	cards: [
		['/og/index.png', '/tmp/astro-cache/social-cards/1f3a.png'],
		['/og/blog/idempotent-webhooks.png', '/tmp/astro-cache/social-cards/9c07.png'],
		['/og/portfolio/clinic-booking.png', '/tmp/astro-cache/social-cards/e512.png'],
	],
};

describe('the social card build handoff', () => {
	afterEach(() => {
		forgetSocialCardBuild();
	});

	it('gives the after-build step nothing when the renderer started no batch', async () => {
		await expect(takeSocialCardBuild()).resolves.toBeUndefined();
	});

	it("gives the after-build step the batch's record once, when every card is drawn", async () => {
		let finish: (record: SocialCardBuildRecord) => void = () => undefined;
		handOverSocialCardBuild(new Promise((resolve) => (finish = resolve)));
		const taken = takeSocialCardBuild();
		finish(RECORD);
		await expect(taken).resolves.toEqual(RECORD);
		await expect(takeSocialCardBuild()).resolves.toBeUndefined();
	});

	it("keeps a failed batch's error until the after-build step asks, then throws it there", async () => {
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		try {
			handOverSocialCardBuild(Promise.reject(new Error('resvg: out of memory')));
			// A turn of the event loop: a rejection nobody handles would be reported by now.
			await new Promise((resolve) => setTimeout(resolve, 10));
			expect(unhandled).not.toHaveBeenCalled();
			await expect(takeSocialCardBuild()).rejects.toThrow('resvg: out of memory');
			await expect(takeSocialCardBuild()).resolves.toBeUndefined();
		} finally {
			process.off('unhandledRejection', unhandled);
		}
	});

	it("forgets a stopped build's batch, so the next build does not report its cards", async () => {
		handOverSocialCardBuild(Promise.resolve(RECORD));
		forgetSocialCardBuild();
		await expect(takeSocialCardBuild()).resolves.toBeUndefined();
	});

	it('is shared by the two copies of the module the build loads', async () => {
		handOverSocialCardBuild(Promise.resolve(RECORD));
		vi.resetModules();
		const otherCopy = await import('@/features/social-cards/build-handoff');
		await expect(otherCopy.takeSocialCardBuild()).resolves.toEqual(RECORD);
	});
});
