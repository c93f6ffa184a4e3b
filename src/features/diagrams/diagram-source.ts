import { parse as parseYaml } from 'yaml';

/** A problem with a diagram, at a line of its block: 1 is the first line inside the fence, 0 the fence. */
export class DiagramError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
		this.name = 'DiagramError';
	}
}

/** One line of Mermaid, with its line in the block. */
export interface DiagramLine {
	text: string;
	line: number;
}

/** A ```` ```mermaid ```` block read into the diagram and what names and describes it. */
export interface DiagramSource {
	/** `title:` of Mermaid's frontmatter (`---` lines opening the block): the visible caption. */
	title: string | undefined;
	/** `accTitle:`, Mermaid's accessible title: the name screen readers announce. */
	accessibleTitle: string | undefined;
	/** `accDescr:` (or an `accDescr { … }` block), Mermaid's accessible description. */
	description: string | undefined;
	/** The diagram itself, blank lines left out. */
	lines: DiagramLine[];
}

/**
 * Reads a Mermaid block as Mermaid writes titles and descriptions: frontmatter with `title:`,
 * and `accTitle:` / `accDescr:` lines, which the renderer does not read itself.
 * @example readDiagramSource('---\ntitle: Retries\n---\ngraph TD\nA --> B').title // 'Retries'
 */
export function readDiagramSource(block: string): DiagramSource {
	const texts = block.replace(/\n$/, '').split('\n');
	const source: DiagramSource = {
		title: undefined,
		accessibleTitle: undefined,
		description: undefined,
		lines: [],
	};
	let index = 0;
	// Stryker disable next-line OptionalChaining: split always gives at least one text
	if (texts[0]?.trim() === '---') {
		const close = texts.findIndex((text, at) => at > 0 && text.trim() === '---');
		if (close === -1) {
			throw new DiagramError('the frontmatter is never closed: add a --- line after it', 1);
		}
		source.title = readFrontmatterTitle(texts.slice(1, close).join('\n'));
		index = close + 1;
	}
	// Stryker disable next-line EqualityOperator: one more turn reads '' (below), a blank line that is skipped
	for (; index < texts.length; index++) {
		// Stryker disable next-line StringLiteral: only past the last text, where any text would be skipped as well
		const text = texts[index] ?? '';
		const line = index + 1;
		const accessibility = /^\s*(accTitle|accDescr)\s*:\s*(.*?)\s*$/.exec(text);
		if (accessibility) {
			// Stryker disable next-line StringLiteral: the lazy (.*?) group always takes part in a match
			const [, key, value = ''] = accessibility;
			if (key === 'accTitle') source.accessibleTitle = value || undefined;
			else source.description = value || undefined;
			continue;
		}
		if (/^\s*accDescr\s*\{\s*$/.test(text)) {
			// Stryker disable next-line EqualityOperator: at === index is the accDescr { line itself, never a }
			const close = texts.findIndex((candidate, at) => at > index && candidate.trim() === '}');
			if (close === -1) throw new DiagramError('accDescr { is never closed: add a } line', line);
			source.description = texts
				.slice(index + 1, close)
				.map((part) => part.trim())
				.filter((part) => part !== '')
				.join(' ');
			index = close;
			continue;
		}
		if (text.trim() !== '') source.lines.push({ text, line });
	}
	return source;
}

function readFrontmatterTitle(yaml: string): string | undefined {
	let data: unknown;
	try {
		data = parseYaml(yaml);
	} catch (error) {
		throw new DiagramError(
			`the frontmatter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			2
		);
	}
	// parse() gives null for empty YAML, never undefined.
	if (data === null) return undefined;
	const fields = typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
	const unknown = fields.filter((field) => field !== 'title');
	if (fields.length === 0 || unknown.length > 0) {
		throw new DiagramError(
			`the frontmatter may only hold title: (found ${unknown.map((field) => `${field}:`).join(', ') || 'no field'}); the site's themes colour the diagram`,
			2
		);
	}
	const title = (data as { title: unknown }).title;
	if (typeof title !== 'string' || title.trim() === '') {
		throw new DiagramError('title: in the frontmatter must be text', 2);
	}
	return title.trim();
}
