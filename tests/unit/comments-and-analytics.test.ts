import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '@/content-model/site-config';
import { getAnalyticsSources } from '@/features/analytics/analytics';
import {
	COMMENTS_PATH_POLICY,
	discussionsUrl,
	giscusAttributes,
} from '@/features/comments/comments';
import {
	applyPathPolicy,
	pagePolicyDirectives,
} from '@/features/security-headers/content-security-policy';

const SITE = {
	title: 'Fieldnotes',
	description: 'Notes.',
	url: 'https://example.com',
	locale: 'en-GB',
	timeZone: 'Asia/Dubai',
	author: 'ada',
};
const COMMENTS = { repo: 'ada/comments', repoId: 'R_1', category: 'Comments', categoryId: 'DIC_1' };

describe('getAnalyticsSources', () => {
	it('allows nothing when analytics is off', () => {
		expect(getAnalyticsSources(undefined)).toEqual({ script: [], connect: [] });
	});

	it('allows the script’s origin, and sends page views there unless other origins are named', () => {
		const plausible = defineSiteConfig({
			...SITE,
			analytics: {
				scriptUrl: 'https://plausible.io/js/script.js',
				attributes: { 'data-domain': 'example.com' },
			},
		}).analytics;
		expect(getAnalyticsSources(plausible)).toEqual({
			script: ['https://plausible.io'],
			connect: ['https://plausible.io'],
		});
		const goatcounter = defineSiteConfig({
			...SITE,
			analytics: {
				scriptUrl: 'https://gc.zgo.at/count.js',
				attributes: { 'data-goatcounter': 'https://ada.goatcounter.com/count' },
				connectOrigins: ['https://ada.goatcounter.com'],
			},
		}).analytics;
		expect(getAnalyticsSources(goatcounter)).toEqual({
			script: ['https://gc.zgo.at'],
			connect: ['https://ada.goatcounter.com'],
		});
	});
});

describe('pagePolicyDirectives', () => {
	it('adds connect-src with the site’s own origin only when scripts connect elsewhere', () => {
		expect(
			pagePolicyDirectives([], []).some((directive) => directive.startsWith('connect-src'))
		).toBe(false);
		expect(pagePolicyDirectives([], ['https://plausible.io'])).toContain(
			"connect-src 'self' https://plausible.io"
		);
	});
});

describe('COMMENTS_PATH_POLICY', () => {
	it('allows giscus’s script, stylesheet and frame on the pages that apply it, keeping self', () => {
		const calls: string[] = [];
		const csp = {
			insertScriptResource: (source: unknown) => calls.push(`script ${String(source)}`),
			insertStyleResource: (source: unknown) => calls.push(`style ${String(source)}`),
			insertDirective: (directive: string) => calls.push(directive),
			insertScriptHash: () => undefined,
			insertStyleHash: () => undefined,
		};
		applyPathPolicy(csp, COMMENTS_PATH_POLICY);
		expect(calls).toEqual([
			"script 'self'",
			'script https://giscus.app',
			"style 'self'",
			'style https://giscus.app',
			'frame-src https://giscus.app',
		]);
		expect(COMMENTS_PATH_POLICY.paths).toEqual(['/blog/*']);
	});
});

describe('giscusAttributes and discussionsUrl', () => {
	it('pass the settings to giscus’s script with its documented defaults filled in', () => {
		const settings = defineSiteConfig({ ...SITE, comments: COMMENTS }).comments;
		if (!settings) throw new Error('comments are on');
		expect(giscusAttributes(settings)).toEqual({
			'data-repo': 'ada/comments',
			'data-repo-id': 'R_1',
			'data-category': 'Comments',
			'data-category-id': 'DIC_1',
			'data-mapping': 'pathname',
			'data-strict': '1',
			'data-reactions-enabled': '1',
			'data-emit-metadata': '0',
			'data-input-position': 'bottom',
			'data-lang': 'en',
		});
		expect(discussionsUrl(settings)).toBe('https://github.com/ada/comments/discussions');
	});

	it('turn strict matching and reactions off when the owner does', () => {
		const settings = defineSiteConfig({
			...SITE,
			comments: { ...COMMENTS, strict: false, reactions: false, inputPosition: 'top' },
		}).comments;
		if (!settings) throw new Error('comments are on');
		expect(giscusAttributes(settings)).toMatchObject({
			'data-strict': '0',
			'data-reactions-enabled': '0',
			'data-input-position': 'top',
		});
	});
});
