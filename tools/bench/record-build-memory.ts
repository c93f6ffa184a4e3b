/**
 * Preloaded into each benchmark build (`node --import`): when the build exits, it writes the peak
 * RSS of its own process, in bytes, to the file named by FIELDNOTES_BENCH_MEMORY_FILE. GNU time
 * reports only the largest process of the tree, which at 10,000 articles is Pagefind's indexer,
 * not the Node process that runs Astro; this tells the two apart.
 */
const memoryFile = process.env['FIELDNOTES_BENCH_MEMORY_FILE'];
if (memoryFile) {
	const { writeFileSync } = await import('node:fs');
	process.on('exit', () => {
		// resourceUsage() reports kilobytes (the kernel's ru_maxrss for this process alone).
		writeFileSync(memoryFile, String(process.resourceUsage().maxRSS * 1024));
	});
}

export {};
