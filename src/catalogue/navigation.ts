import { isBuilt, type BuiltSections } from '@/lib/navigation';
import { pagePath } from '@/lib/paths';
import { siteConfig } from '@/site.config';
import { getArticles } from './articles';
import { getCaseStudies, getExperiments, getPages } from './portfolio';

/** A link of the header or footer. */
export interface NavigationLink {
	label: string;
	href: string;
}

let sectionsPromise: Promise<BuiltSections> | undefined;

/** Which sections and pages this build has, loaded once. */
export function getBuiltSections(): Promise<BuiltSections> {
	sectionsPromise ??= Promise.all([getCaseStudies(), getExperiments(), getPages()]).then(
		([caseStudies, experiments, pages]) => ({
			caseStudies: caseStudies.length > 0,
			experiments: experiments.length > 0,
			pageIds: new Set(pages.map(({ id }) => id)),
		})
	);
	return sectionsPromise;
}

/** The header navigation of src/site.config.ts, without sections this build has no content for. */
export async function getHeaderNavigation(): Promise<NavigationLink[]> {
	const sections = await getBuiltSections();
	return siteConfig.navigation.filter(({ href }) => isBuilt(href, sections));
}

/** The footer links of src/site.config.ts, without pages this build does not have. */
export async function getFooterLinks(): Promise<NavigationLink[]> {
	const sections = await getBuiltSections();
	return siteConfig.footerLinks.filter(({ href }) => isBuilt(href, sections));
}

/** The site path of a page of `content/pages/` (`privacy`, `about`), when this build has it. */
export async function getPagePath(id: string): Promise<string | undefined> {
	return (await getBuiltSections()).pageIds.has(id) ? pagePath(id) : undefined;
}

/** The site path of the privacy page, when this build has one. */
export function getPrivacyPath(): Promise<string | undefined> {
	return getPagePath('privacy');
}

let newestYearPromise: Promise<string | undefined> | undefined;

/**
 * The year of the newest article, case study or experiment, for the copyright line: taken from
 * the content rather than the clock, so rebuilding a commit changes nothing. Worked out once per
 * build, since every page's footer shows it.
 */
export function getNewestContentYear(): Promise<string | undefined> {
	newestYearPromise ??= findNewestContentYear();
	return newestYearPromise;
}

async function findNewestContentYear(): Promise<string | undefined> {
	const [articles, caseStudies, experiments] = await Promise.all([
		getArticles(),
		getCaseStudies(),
		getExperiments(),
	]);
	// A loop, not Math.max(...dates): spreading 10,000 dates as arguments risks the stack.
	let newest = -Infinity;
	for (const { pubDate } of articles) newest = Math.max(newest, pubDate.getTime());
	for (const { data } of [...caseStudies, ...experiments]) {
		newest = Math.max(newest, data.pubDate.getTime());
	}
	if (!Number.isFinite(newest)) return undefined;
	return new Intl.DateTimeFormat('en', { timeZone: siteConfig.timeZone, year: 'numeric' }).format(
		newest
	);
}
