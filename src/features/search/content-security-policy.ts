import type { PathPolicy } from '@/features/security-headers/content-security-policy';
import { PAGE_PATHS } from '@/lib/paths';
import { SEARCH_BUNDLE_DIRECTORY } from './index-summary';

/**
 * What search needs beyond the site's Content-Security-Policy: Pagefind compiles WebAssembly, on
 * the search page and in its worker, whose policy is the header its script is served with.
 * `'wasm-unsafe-eval'` allows compiling WebAssembly, not `eval`.
 */
export const SEARCH_PATH_POLICY: PathPolicy = {
	paths: [PAGE_PATHS.search, `/${SEARCH_BUNDLE_DIRECTORY}/*`],
	directives: { 'script-src': ["'wasm-unsafe-eval'"] },
};
