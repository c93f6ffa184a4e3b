import type { SiteConfig } from '@/content-model/site-config';

/** What the Content-Security-Policy of every page allows for the site's analytics. */
export interface AnalyticsSources {
	/** Origins for script-src: the analytics script's. */
	script: string[];
	/** Origins for connect-src: where the script sends page views. */
	connect: string[];
}

/**
 * The origins the analytics script needs, none when analytics is off: its own origin for the
 * script, and for its page views the configured `connectOrigins`, by default the script's origin.
 * @example getAnalyticsSources({ scriptUrl: 'https://plausible.io/js/script.js', attributes: {} })
 * // { script: ['https://plausible.io'], connect: ['https://plausible.io'] }
 */
export function getAnalyticsSources(analytics: SiteConfig['analytics']): AnalyticsSources {
	if (!analytics) return { script: [], connect: [] };
	const origin = new URL(analytics.scriptUrl).origin;
	return {
		script: [origin],
		connect: (analytics.connectOrigins ?? [origin]).map((url) => new URL(url).origin),
	};
}
