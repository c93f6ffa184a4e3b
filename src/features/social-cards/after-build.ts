import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { placeCachedFile } from '@/build/output-files';
import { buildRecordFile, CARD_DIRECTORY, type SocialCardBuildRecord } from './integration';

/**
 * The after-build step that puts this build's cards into the output, as the renderer's record
 * says: copied (hard-linked) from the cache rather than served by a route, which would cost Astro
 * milliseconds per file.
 */
export function socialCardFiles(): AfterBuildStep {
	return {
		name: 'fieldnotes:social-cards',
		async prepare({ outDir, cacheDir }, logger) {
			const recordFile = buildRecordFile(cacheDir);
			if (!existsSync(recordFile)) return;
			const started = performance.now();
			const record = JSON.parse(await readFile(recordFile, 'utf8')) as SocialCardBuildRecord;
			const targets = record.cards.map(([path, file]) => [join(outDir, path), file] as const);
			await Promise.all(
				[...new Set(targets.map(([target]) => dirname(target)))].map((folder) =>
					mkdir(folder, { recursive: true })
				)
			);
			await Promise.all(targets.map(([target, file]) => placeCachedFile(file, target)));
			await rm(recordFile, { force: true });
			const copying = Math.round(performance.now() - started);
			logger.info(
				`social cards: ${record.rendered} rendered, ${record.reused} reused (${record.milliseconds} ms; ${targets.length} copied into the output in ${copying} ms; cache ${relative(process.cwd(), join(cacheDir, CARD_DIRECTORY))})`
			);
		},
	};
}
