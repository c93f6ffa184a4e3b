import { astroCacheDirectoryFor } from '@/content-model/location';

/** Where one corpus (a size, or the example content) is generated, built and logged, relative to the repository root. */
export interface BenchPaths {
	/** The value of FIELDNOTES_CONTENT_DIR for this corpus: the folder that holds `blog/`. */
	contentDirectory: string;
	/** Where the corpus generator writes the articles. */
	blogDirectory: string;
	/** The `--outDir` of the build. */
	outDirectory: string;
	/** Astro's cache folder for this content folder; removed before the cold build. */
	astroCacheDirectory: string;
	/** The bare-Astro floor project built from the same articles (see floor.ts). */
	floorDirectory: string;
	/** Where the log of a build (`cold`, `warm-1`, `floor-cold` …) is kept for reading afterwards. */
	logFile: (label: string) => string;
}

/** The folder that holds everything `npm run bench` writes; git-ignored with the rest of `.cache/`. */
export const BENCH_ROOT = '.cache/bench';

/** The folders used for a corpus of `size` articles, or for a copy of the example content. */
export function getBenchPaths(corpus: number | 'example'): BenchPaths {
	const contentDirectory = `${BENCH_ROOT}/content-${corpus}`;
	return {
		contentDirectory,
		blogDirectory: `${contentDirectory}/blog`,
		outDirectory: `${BENCH_ROOT}/dist-${corpus}`,
		astroCacheDirectory: astroCacheDirectoryFor(contentDirectory),
		floorDirectory: `${BENCH_ROOT}/floor-${corpus}`,
		logFile: (label) => `${BENCH_ROOT}/logs/${corpus}-${label}.log`,
	};
}
