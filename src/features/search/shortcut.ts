/** The facts about a key press that decide whether it opens search. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** Whether focus is in a text field, select or editable element, where `/` is typing. */
	isTyping: boolean;
}

/** Whether a key press is the site's search shortcut: `/` outside any text field. */
export function isSearchShortcut({ key, ctrlKey, metaKey, altKey, isTyping }: KeyPress): boolean {
	return key === '/' && !ctrlKey && !metaKey && !altKey && !isTyping;
}
