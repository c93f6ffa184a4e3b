import { parseCodeTitle } from '@/features/code-blocks/code-block-meta';
import { diagramFigure } from '@/features/diagrams/diagram-figure';
import { DiagramError } from '@/features/diagrams/diagram-source';
import { describeFormulaError, FormulaError, renderFormula } from '@/features/math/math';
import { lineOfOffset } from '@/markdown/source-lines';
import type { LineProblem } from './document-checks';
import type { OutlineDiagram, OutlineFormula } from './markdown-outline';

/** Errors for formulas that do not parse, at the line the build names too. */
export function checkFormulas(formulas: readonly OutlineFormula[]): LineProblem[] {
	return formulas.flatMap(({ tex, display, line }) => {
		try {
			renderFormula(tex, { display });
			return [];
		} catch (error) {
			// Stryker disable next-line ConditionalExpression: renderFormula throws nothing but FormulaError, whatever the TeX
			if (!(error instanceof FormulaError)) throw error;
			return [
				{
					severity: 'error' as const,
					line: line + lineOfOffset(tex, error.offset ?? 0) - 1,
					rule: 'math' as const,
					message: describeFormulaError(tex, display, error),
				},
			];
		}
	});
}

/** Errors for Mermaid diagrams the build would refuse, at the line the build names too. */
export function checkDiagrams(diagrams: readonly OutlineDiagram[]): LineProblem[] {
	return diagrams.flatMap(({ block, meta, line }) => {
		try {
			// Stryker disable next-line StringLiteral: the prefix only names ids in the figure, which the doctor discards
			diagramFigure(block, { title: parseCodeTitle(meta), idPrefix: 'diagram' });
			return [];
		} catch (error) {
			// Stryker disable next-line ConditionalExpression: diagramFigure throws nothing but DiagramError, whatever the diagram
			if (!(error instanceof DiagramError)) throw error;
			return [
				{
					severity: 'error' as const,
					line: line + error.line,
					rule: 'diagram' as const,
					message: error.message,
				},
			];
		}
	});
}
