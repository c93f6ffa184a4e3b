/**
 * Whether the body of an `.mdx` file is plain Markdown: it uses nothing MDX adds (JSX, `{…}`
 * expressions, `import`/`export`) and nothing MDX reads differently from Markdown (raw HTML,
 * `<https://…>` autolinks and indented code, which MDX turns off). Such a file renders to the same
 * HTML through Astro's Markdown pipeline, which the content layer renders once and caches, instead
 * of being compiled into a JavaScript module and bundled on every build.
 *
 * Written by hand because no library answers the question without a full MDX parse: it looks at
 * the text outside code fences, math blocks, code spans and math spans for the characters MDX
 * gives a meaning (`<`, `{`, `}`) and for `import`/`export` lines. Braces in math (`$x^{2}$`) are
 * TeX, in MDX too (Sätteri reads math before expressions). It errs on the side of MDX: a `<` in
 * prose makes the file go through MDX even if it was only a less-than sign, which costs speed,
 * never correctness.
 */
export function isPlainMarkdown(body: string): boolean {
	let fence: { marker: string; length: number } | undefined;
	for (const line of body.split(/\r?\n/)) {
		if (fence) {
			const closing = /^ {0,3}(`{3,}|~{3,}|\${2,})\s*$/.exec(line)?.[1];
			if (closing && closing[0] === fence.marker && closing.length >= fence.length)
				fence = undefined;
			continue;
		}
		// A math block opens with a line of `$$` alone; `$$` with text after it is read below. A
		// backtick fence's info string has no backtick (CommonMark), else the line is a paragraph.
		const opening = /^ {0,3}(`{3,}(?!.*`)|~{3,}|\${2,}(?=\s*$))/.exec(line)?.[1];
		if (opening) {
			fence = { marker: opening[0]!, length: opening.length };
			continue;
		}
		// MDX has no indented code: four spaces or a tab start a paragraph there, a code block here.
		if (/^( {4}|\t)/.test(line) && line.trim() !== '') return false;
		if (/^(import|export)\s/.test(line)) return false;
		if (/[<{}]/.test(withoutSpans(line))) return false;
	}
	// An unclosed math block ends with its list item or quote, which is not followed here.
	return fence?.marker !== '$';
}

/**
 * A line without its inline code spans (`` `a < b` ``) and math spans (`$x^{2}$`), whose text MDX
 * and Markdown both keep literally. A span is a run of backticks or dollars, not escaped, closed
 * by a run of the same length on the same line; spans across lines are rare and only make the
 * check stricter.
 */
function withoutSpans(line: string): string {
	return line.replace(
		/(?<![\\`])(`+)(?!`)[\s\S]*?[^`]\1(?!`)|(?<![\\$])(\$+)(?!\$)[\s\S]*?[^$]\2(?!\$)/g,
		// Stryker disable next-line StringLiteral: any text without < { } left in place of the spans gives the same answer
		''
	);
}
