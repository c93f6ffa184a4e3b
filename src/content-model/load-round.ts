import type { ContentProblem } from './content-errors';

/**
 * The loads of every collection in one content sync. Astro loads collections side by side and
 * stops at the first that throws, so a build would show one collection's problems at a time. A
 * collection whose load found problems waits here for the loads that started with it, and then
 * every problem of every collection is reported at once.
 */
class LoadRound {
	readonly problems: ContentProblem[] = [];
	private readonly running = new Set<string>();
	private readonly waiting: (() => void)[] = [];

	start(collection: string): void {
		this.running.add(collection);
	}

	/** Records a finished load; resolves with every problem of the round once all loads are done. */
	async finish(collection: string, problems: readonly ContentProblem[]): Promise<ContentProblem[]> {
		this.problems.push(...problems);
		// Astro starts the loads one after another within a few ticks: let the others start first,
		// and join this round, which is not over while this load is still counted as running.
		await new Promise((resolve) => setImmediate(resolve));
		this.running.delete(collection);
		if (this.running.size > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
		for (const resume of this.waiting.splice(0)) resume();
		return this.problems;
	}

	get isOver(): boolean {
		return this.running.size === 0;
	}
}

let current: LoadRound | undefined;

/** Joins the current round of loads, or opens one when none is running. */
export function joinLoadRound(collection: string): LoadRound {
	if (!current || current.isOver) current = new LoadRound();
	current.start(collection);
	return current;
}
