// A worker thread that draws social cards (see renderer.ts). Node runs this file as it is, with its
// built-in type stripping, not through Vite: it imports draw.ts by its file name, and only types
// from anywhere else.
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardDrawing, type DrawnCard } from './draw.ts';

/** A card to draw, numbered so the answer can be matched to it. */
export interface DrawRequest {
	id: number;
	drawing: CardDrawing;
}

/** The files of a requested card, or why it could not be drawn. */
export type DrawResponse = { id: number; drawn: DrawnCard } | { id: number; error: string };

parentPort?.on('message', ({ id, drawing }: DrawRequest) => {
	drawCard(drawing).then(
		(drawn) => parentPort?.postMessage({ id, drawn } satisfies DrawResponse),
		(error: unknown) => {
			const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
			parentPort?.postMessage({ id, error: message } satisfies DrawResponse);
		}
	);
});
