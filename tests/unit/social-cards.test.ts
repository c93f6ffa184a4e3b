import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildSocialCardTree,
	CARD_FONT_FAMILY,
	SOCIAL_CARD_PALETTE,
	SOCIAL_CARD_SIZE,
} from '@/features/social-cards/card';
import { drawCard, type CardDrawing } from '@/features/social-cards/draw';
import type { DrawRequest, DrawResponse } from '@/features/social-cards/draw-worker';
import { readSocialCardSettings } from '@/features/social-cards/integration';
import { parseUnicodeRanges } from '@/features/social-cards/text-fit';
import { fonts as themeFonts } from '@/theme';
import { readCardFont } from '../helpers/card-font';

describe('readSocialCardSettings', () => {
	const settings = readSocialCardSettings(process.cwd(), '/tmp/astro-cache/');

	it("keeps the cards in a social-cards folder of Astro's cache folder", () => {
		expect(settings.cacheDirectory).toBe('/tmp/astro-cache/social-cards');
	});

	it("reads Inter's static WOFF files for 400 and 700 from node_modules, Latin first", () => {
		expect(settings.fonts.slice(0, 2)).toEqual([
			expect.objectContaining({ subset: 'latin', weight: 400 }),
			expect.objectContaining({ subset: 'latin', weight: 700 }),
		]);
		for (const { file } of settings.fonts) {
			expect(file).toMatch(
				/node_modules\/@fontsource\/inter\/files\/inter-[a-z-]+-(400|700)-normal\.woff$/
			);
			expect(existsSync(file), file).toBe(true);
		}
		expect(Object.keys(settings.subsets)).toEqual(
			expect.arrayContaining(['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'])
		);
	});

	it('reads the card font src/theme.ts names, and says how to fix a font it cannot draw with', () => {
		expect(
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource/jetbrains-mono' })
				.fonts[0]?.file
		).toMatch(/@fontsource\/jetbrains-mono\/files\/jetbrains-mono-latin-400-normal\.woff$/);
		expect(() =>
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource-variable/inter' })
		).toThrow(/no static WOFF file .*inter-latin-400-normal\.woff.*@fontsource-variable/);
		expect(() =>
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource/not-installed' })
		).toThrow(/not installed: run `npm install @fontsource\/not-installed`/);
	});

	it('digests the card code, fonts and renderer versions the same way every time', () => {
		expect(readSocialCardSettings(process.cwd(), '/elsewhere/').rendererDigest).toBe(
			settings.rendererDigest
		);
		expect(settings.rendererDigest).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('the drawing worker', () => {
	const settings = readSocialCardSettings(process.cwd(), '/tmp/astro-cache/');
	let worker: Worker;
	beforeAll(() => {
		worker = new Worker(settings.workerFile);
	});
	afterAll(() => worker.terminate());

	async function ask(request: DrawRequest): Promise<DrawResponse> {
		worker.postMessage(request);
		const [response] = (await once(worker, 'message')) as [DrawResponse];
		return response;
	}

	it('is a file Node runs as it is, and draws the same PNG as the main thread', async () => {
		const drawing: CardDrawing = {
			tree: buildSocialCardTree(
				{
					siteName: 'Fieldnotes',
					siteHost: 'fieldnotes.example.com',
					label: 'Article',
					title: 'Idempotent webhooks: retries without double charges',
					description: 'Retry-safe handlers with an idempotency key.',
					date: '23 June 2025',
					tags: ['#reliability'],
				},
				{
					palette: SOCIAL_CARD_PALETTE,
					drawable: parseUnicodeRanges(settings.subsets['latin'] ?? ''),
					measure: readCardFont(themeFonts.card.package).measure,
				}
			),
			...SOCIAL_CARD_SIZE,
			fontFamily: CARD_FONT_FAMILY,
			fonts: settings.fonts.filter(({ subset }) => subset === 'latin'),
		};
		const response = await ask({ id: 7, drawing });
		expect(response.id).toBe(7);
		const expected = await drawCard(drawing);
		expect('drawn' in response).toBe(true);
		if ('drawn' in response) {
			expect(Buffer.from(response.drawn.png).equals(expected.png)).toBe(true);
			expect(Buffer.from(response.drawn.preview).equals(expected.preview)).toBe(true);
		}
	}, 30_000);

	it('answers a card it cannot draw with the reason', async () => {
		// Text, and no font to draw it with.
		const response = await ask({
			id: 1,
			drawing: {
				tree: { type: 'div', props: { style: {}, children: 'x' } },
				width: 10,
				height: 10,
				fontFamily: CARD_FONT_FAMILY,
				fonts: [],
			},
		});
		expect(response).toEqual({ id: 1, error: expect.stringMatching(/font/i) as unknown });
	}, 30_000);
});
