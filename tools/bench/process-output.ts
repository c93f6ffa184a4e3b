/**
 * The peak resident set size in bytes from the report of GNU `/usr/bin/time -v`, or `null` when the
 * report has no such line. GNU time reports the largest single process of the tree it waited for
 * (the kernel's `ru_maxrss`), not the sum of all processes.
 */
export function parseMaxResidentSetSize(timeReport: string): number | null {
	const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
	return match ? Number(match[1]) * 1024 : null;
}

/**
 * The CPU time of a build in milliseconds (user plus system, of the process and every child it
 * waited for: Astro's Node process with its threads, and Pagefind's indexer) from the report of
 * GNU `/usr/bin/time -v`, or `null` when the report lacks either line. On a shared machine it
 * varies far less than wall time.
 */
export function parseCpuMilliseconds(timeReport: string): number | null {
	const user = /User time \(seconds\): (\d+(?:\.\d+)?)/.exec(timeReport);
	const system = /System time \(seconds\): (\d+(?:\.\d+)?)/.exec(timeReport);
	return user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : null;
}

/** What the corpus generator says it wrote. */
export interface CorpusSummary {
	articles: number;
	drafts: number;
	words: number;
}

/**
 * Reads the summary line of `make-corpus.mjs`: `100 articles (7 drafts, 146770 words) written to …`.
 * @throws when the line is missing, since the generator then did not finish
 */
export function parseCorpusSummary(output: string): CorpusSummary {
	const match = /(\d+) articles? \((\d+) drafts?, (\d+) words\) written to/.exec(output);
	if (!match) throw new Error(`The corpus generator did not report what it wrote:\n${output}`);
	return { articles: Number(match[1]), drafts: Number(match[2]), words: Number(match[3]) };
}
