import temml from 'temml';

/** A formula whose TeX does not parse: why, and where in the TeX when the parser says. */
export class FormulaError extends Error {
	constructor(
		message: string,
		/** Offset into the TeX of the part that does not parse. */
		readonly offset: number | undefined
	) {
		super(message);
		this.name = 'FormulaError';
	}
}

/**
 * A TeX formula as MathML, written by Temml for MathML Core, which browsers draw natively with the
 * reader's math font: no script, no font file. Temml's `\href` and other trusted commands stay off.
 * Throws a FormulaError for TeX that does not parse, instead of drawing it in red as Temml would.
 * @example renderFormula('x^2', { display: false }) // '<math><msup><mi>x</mi><mn>2</mn></msup></math>'
 */
export function renderFormula(tex: string, { display }: { display: boolean }): string {
	let mathml: string;
	try {
		mathml = temml.renderToString(tex, { displayMode: display, throwOnError: true });
	} catch (error) {
		throw toFormulaError(error);
	}
	return withStyleClasses(mathml);
}

/**
 * The declarations Temml writes in style attributes, as classes of math.css: the site's
 * Content-Security-Policy blocks style attributes. Browsers draw `<math display="block">` as block
 * math already, so that declaration needs no class.
 */
const STYLE_CLASSES: Readonly<Record<string, string>> = {
	'display:block math': '',
	'math-depth:0': 'tml-depth-0',
	'padding:0': 'tml-p-0',
	'padding-left:0em': 'tml-pl-0',
	'padding-right:0em': 'tml-pr-0',
	'padding-left:1em': 'tml-pl-1em',
	'padding-left:5.9776pt': 'tml-pl-col',
	'padding-right:5.9776pt': 'tml-pr-col',
	'padding:3pt': 'tml-p-3pt',
	'padding:0.3em': 'tml-p-03em',
	'border:1px solid': 'tml-border',
	'width:100%': 'tml-w-full',
	'width:50%': 'tml-w-half',
};

/**
 * Replaces each style attribute of Temml's MathML with the classes of its declarations; throws a
 * FormulaError naming a declaration no class gives (`\color`, `\raisebox`), so the build fails
 * instead of shipping math the browser would draw unstyled.
 */
function withStyleClasses(mathml: string): string {
	return mathml.replace(/<([a-z]+)\b[^>]*\sstyle="[^"]*"[^>]*>/g, (tag, tagName: string) => {
		// Stryker disable next-line OptionalChaining,StringLiteral: the tag matched a style attribute
		const style = /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? '';
		// Stryker disable next-line MethodExpression: Temml writes no space around a declaration that has a class
		const declarations = style.split(';').map((declaration) => declaration.trim());
		const classes = declarations
			.filter(Boolean)
			.map((declaration) => {
				const name = STYLE_CLASSES[declaration];
				if (name === undefined) {
					throw new FormulaError(
						`it needs the inline style "${declaration}", which the site's Content-Security-Policy blocks (colours, \\raisebox and the like): write the formula without that command`,
						undefined
					);
				}
				return name;
			})
			.filter(Boolean);
		let result = tag.replace(/\sstyle="[^"]*"/, '');
		if (classes.length === 0) return result;
		const existing = /\sclass="([^"]*)"/.exec(result);
		result = existing
			? result.replace(existing[0], ` class="${existing[1]} ${classes.join(' ')}"`)
			: `<${tagName} class="${classes.join(' ')}"${result.slice(tagName.length + 1)}`;
		return result;
	});
}

/**
 * Temml's ParseError reads " Undefined control sequence: \foo at position 3: …", the formula
 * following with the culprit underlined by combining characters; the position is told apart.
 * A few malformed inputs (`x^^2`) make Temml fail with a TypeError instead.
 */
function toFormulaError(error: unknown): FormulaError {
	if (error instanceof Error && error.name === 'ParseError') {
		const reason = error.message.replace(/ at (position \d+|end of input):[\s\S]*/, '').trim();
		const position = (error as Error & { position?: unknown }).position;
		// Stryker disable next-line ConditionalExpression: a ParseError's position is a number or undefined
		return new FormulaError(reason, typeof position === 'number' ? position : undefined);
	}
	const reason = error instanceof Error ? error.message : String(error);
	return new FormulaError(`it is not valid TeX (the math renderer failed: ${reason})`, undefined);
}

/**
 * The build and doctor message for a formula that does not parse, written as the author wrote it.
 * @example describeFormulaError('\\frac{1}{', true, error) // 'the formula $$\frac{1}{$$ does not parse: …'
 */
export function describeFormulaError(tex: string, display: boolean, error: FormulaError): string {
	const delimiter = display ? '$$' : '$';
	const shown = tex.trim().replace(/\s+/g, ' ');
	const excerpt = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
	return `the formula ${delimiter}${excerpt}${delimiter} does not parse: ${error.message}. Fix the TeX, or write \\$ for a dollar sign that is not math.`;
}
