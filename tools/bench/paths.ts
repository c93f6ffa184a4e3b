import { astroCacheDirectoryFor } from '@/content-model/location';

/** Where one corpus size is generated, built and logged, relative to the repository root. */
export interface BenchPaths {
	/** The value of FIELDNOTES_CONTENT_DIR for this size: the folder that holds `blog/`. */
	contentDirectory: string;
	/** Where the corpus generator writes the articles. */
	blogDirectory: string;
	/** The `--outDir` of the build. */
	outDirectory: string;
	/** Astro's cache folder for this content folder; removed before the cold build. */
	astroCacheDirectory: string;
	/** Where the log of a build (`cold`, `warm-1` …) is kept for reading afterwards. */
	logFile: (label: string) => string;
}

/** The folder that holds everything `npm run bench` writes; git-ignored with the rest of `.cache/`. */
export const BENCH_ROOT = '.cache/bench';

/** The folders used for a corpus of `size` articles. */
export function getBenchPaths(size: number): BenchPaths {
	const contentDirectory = `${BENCH_ROOT}/content-${size}`;
	return {
		contentDirectory,
		blogDirectory: `${contentDirectory}/blog`,
		outDirectory: `${BENCH_ROOT}/dist-${size}`,
		astroCacheDirectory: astroCacheDirectoryFor(contentDirectory),
		logFile: (label) => `${BENCH_ROOT}/logs/${size}-${label}.log`,
	};
}
