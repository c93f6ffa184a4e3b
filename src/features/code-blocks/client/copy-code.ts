/**
 * Adds a "Copy" button to each code block (src/features/code-blocks/transformers.ts frames them) when scripts
 * run and the Clipboard API exists: without either, no button that cannot work is shown.
 */

/**
 * The code as it reads after the change: removed diff lines are left out (the +/- markers are
 * CSS, not text), and so is the space a removed `// [!code ++]` comment leaves at a line's end.
 */
function codeOf(block: Element): string {
	return [...block.querySelectorAll('pre .line')]
		.filter((line) => !line.classList.contains('remove'))
		.map((line) => line.textContent.trimEnd())
		.join('\n');
}

// "Copy" on screen; "Copy code" to assistive technology, which finds many such buttons.
const LABEL = 'Copy<span class="sr-only"> code</span>';

function addCopyButton(block: Element): void {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-code';
	button.dataset['pagefindIgnore'] = '';
	button.innerHTML = LABEL;
	// Screen readers hear the result from this live region; the button's text shows it on screen.
	const status = document.createElement('span');
	status.setAttribute('role', 'status');
	status.className = 'sr-only';
	let reset: number | undefined;
	const show = (message: string) => {
		status.textContent = message;
		button.textContent = message;
		window.clearTimeout(reset);
		reset = window.setTimeout(() => {
			status.textContent = '';
			button.innerHTML = LABEL;
		}, 2000);
	};
	button.addEventListener('click', () => {
		navigator.clipboard.writeText(codeOf(block)).then(
			() => show('Copied'),
			() => show('Copy failed')
		);
	});
	block.append(button, status);
}

if (navigator.clipboard) {
	for (const block of document.querySelectorAll('.code-block')) addCopyButton(block);
}
