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
	// Browsers draw <math display="block"> as block math already; the style attribute Temml adds
	// for that would only need a CSP exception (style-src-attr).
	return mathml.replace(' style="display:block math;"', '');
}

/**
 * Temml's ParseError reads " Undefined control sequence: \foo at position 3: …", the formula
 * following with the culprit underlined by combining characters; the position is told apart.
 * A few malformed inputs (`x^^2`) make Temml fail with a TypeError instead.
 */
function toFormulaError(error: unknown): FormulaError {
	if (error instanceof Error && error.name === 'ParseError') {
		const reason = error.message.replace(/ at (position \d+|end of input):[\s\S]*$/, '').trim();
		const position = (error as Error & { position?: unknown }).position;
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
