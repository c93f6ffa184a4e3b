import { THEME_STORAGE_KEY } from './theme-storage';

/**
 * The inline script that sets `data-theme` before first paint, so the page never flashes the
 * wrong theme. It is a fixed string rather than a bundled script because it must run inline and
 * blocking; astro.config.ts puts its hash into the Content-Security-Policy, since Astro hashes
 * only the scripts it bundles.
 */
export const THEME_SNIPPET = `(()=>{let t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch{}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})()`;
