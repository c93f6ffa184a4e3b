import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { placeCachedFile } from '@/build/output-files';
import { takeSocialCardBuild } from './build-handoff';
import { CARD_DIRECTORY } from './integration';

/**
 * The after-build step that puts this build's cards into the output, as the renderer's record
 * says: copied (hard-linked) from the cache rather than served by a route, which would cost Astro
 * milliseconds per file. It first waits for the cards still being drawn on worker threads.
 */
export function socialCardFiles(): AfterBuildStep {
	return {
		name: 'fieldnotes:social-cards',
		async prepare({ outDir, cacheDir }, logger) {
			const waitStarted = performance.now();
			const record = await takeSocialCardBuild();
			if (!record) return;
			const started = performance.now();
			const waited = Math.round(started - waitStarted);
			const targets = record.cards.map(([path, file]) => [join(outDir, path), file] as const);
			await Promise.all(
				[...new Set(targets.map(([target]) => dirname(target)))].map((folder) =>
					mkdir(folder, { recursive: true })
				)
			);
			await Promise.all(targets.map(([target, file]) => placeCachedFile(file, target)));
			const copying = Math.round(performance.now() - started);
			logger.info(
				`social cards: ${record.rendered} rendered, ${record.reused} reused (${record.milliseconds} ms on ${record.workers} worker thread${record.workers === 1 ? '' : 's'}, ${waited} ms of it after the pages; ${targets.length} copied into the output in ${copying} ms; cache ${relative(process.cwd(), join(cacheDir, CARD_DIRECTORY))})`
			);
		},
	};
}
