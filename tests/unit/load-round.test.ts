import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '@/content-model/content-errors';
import { joinLoadRound } from '@/content-model/load-round';

const blogProblem: ContentProblem = {
	file: 'content/blog/a.md',
	line: 2,
	message: 'title: is required',
};
const authorProblem: ContentProblem = {
	file: 'content/authors/me.yaml',
	message: 'name: is required',
};

/** Resolves after every callback queued so far, setImmediate ones included. */
function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 5));
}

describe('joinLoadRound', () => {
	it('holds a finished load until every load of its round is done, then gives each every problem', async () => {
		const blog = joinLoadRound('blog');
		const authors = joinLoadRound('authors');
		expect(authors).toBe(blog);
		let blogProblems: ContentProblem[] | undefined;
		const blogDone = blog
			.finish('blog', [blogProblem])
			.then((problems) => (blogProblems = problems));
		await settle();
		expect(blogProblems).toBeUndefined();
		const authorProblems = await authors.finish('authors', [authorProblem]);
		await blogDone;
		expect(authorProblems).toEqual([blogProblem, authorProblem]);
		expect(blogProblems).toEqual([blogProblem, authorProblem]);
	});

	it('lets a load that starts just after another finished join its round', async () => {
		const blog = joinLoadRound('blog');
		const blogDone = blog.finish('blog', [blogProblem]);
		// Astro starts the loads one after another; this one starts after blog's has finished.
		await Promise.resolve();
		const authors = joinLoadRound('authors');
		expect(authors).toBe(blog);
		const authorProblems = await authors.finish('authors', []);
		expect(await blogDone).toEqual([blogProblem]);
		expect(authorProblems).toEqual([blogProblem]);
	});

	it('opens a new round, without the old problems, once a round is over', async () => {
		const first = joinLoadRound('blog');
		expect(await first.finish('blog', [blogProblem])).toEqual([blogProblem]);
		expect(first.isOver).toBe(true);
		const second = joinLoadRound('authors');
		expect(second).not.toBe(first);
		expect(second.isOver).toBe(false);
		expect(await second.finish('authors', [])).toEqual([]);
	});
});
