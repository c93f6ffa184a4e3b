import { requiredText, strictFields } from './fields';

/**
 * `content/series/<id>.yaml`: a run of articles read in order. An article joins with
 * `series: <id>`; its parts are ordered by publication date.
 */
export function seriesSchema() {
	return strictFields({
		/** The series' name, shown in each part's box and on its page. */
		title: requiredText(),
		/** One or two sentences on what the series covers, for its page and card. */
		description: requiredText(),
	});
}
