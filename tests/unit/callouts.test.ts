import { describe, expect, it } from 'vitest';
import {
	CALLOUT_TYPES,
	calloutClasses,
	calloutTitle,
	isCalloutType,
	parseAlertMarker,
	unknownCalloutTypeError,
} from '@/features/callouts/callouts';

describe('parseAlertMarker', () => {
	it('reads a GitHub alert marker on its own line and keeps the text after it', () => {
		expect(parseAlertMarker('[!NOTE]\nUseful information.')).toEqual({
			type: 'note',
			title: undefined,
			rest: 'Useful information.',
		});
	});

	it('reads a title after the marker on the same line', () => {
		expect(parseAlertMarker('[!TIP] Shortcut\nPress the key.')).toEqual({
			type: 'tip',
			title: 'Shortcut',
			rest: 'Press the key.',
		});
	});

	it('trims the title, which may end in spaces', () => {
		expect(parseAlertMarker('[!TIP]   Shortcut  \nPress the key.')?.title).toBe('Shortcut');
		expect(parseAlertMarker('[!TIP]   \nPress the key.')?.title).toBeUndefined();
	});

	it('accepts the kind in any case, as GitHub does', () => {
		expect(parseAlertMarker('[!Warning]')?.type).toBe('warning');
	});

	it('leaves nothing when the marker is the whole text', () => {
		expect(parseAlertMarker('[!WARNING]')).toEqual({ type: 'warning', title: undefined, rest: '' });
	});

	it('reports an unknown kind as written, for the caller to reject', () => {
		expect(parseAlertMarker('[!DANGER]\nHot.')?.type).toBe('danger');
	});

	it('finds no marker in ordinary quotes, mid-text or in a malformed one', () => {
		expect(parseAlertMarker('A plain quote.')).toBeUndefined();
		expect(parseAlertMarker('See [!NOTE] later.')).toBeUndefined();
		expect(parseAlertMarker('[!] empty')).toBeUndefined();
		expect(parseAlertMarker('[NOTE]')).toBeUndefined();
		expect(parseAlertMarker(' [!NOTE]')).toBeUndefined();
	});
});

describe('callout labels', () => {
	it('knows note, tip and warning and nothing else', () => {
		expect(CALLOUT_TYPES).toEqual(['note', 'tip', 'warning']);
		expect(CALLOUT_TYPES.every(isCalloutType)).toBe(true);
		expect(isCalloutType('danger')).toBe(false);
		expect(isCalloutType('Note')).toBe(false);
	});

	it('names the kind in words, before the title when there is one', () => {
		expect(calloutTitle('note')).toBe('Note');
		expect(calloutTitle('tip', '  ')).toBe('Tip');
		expect(calloutTitle('warning', 'Back up first')).toBe('Warning: Back up first');
	});

	it('gives each kind its own class', () => {
		expect(calloutClasses('tip')).toEqual(['callout', 'callout-tip']);
	});
});

describe('unknownCalloutTypeError', () => {
	it('names the file, the alert as written and the kinds to use instead', () => {
		expect(unknownCalloutTypeError('content/blog/a.md', 'danger', 'alert').message).toBe(
			'content/blog/a.md: > [!DANGER] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; to start a quote with the text [!DANGER], put it in backticks.'
		);
	});

	it('names the component as written, or says its type must be a plain string', () => {
		expect(unknownCalloutTypeError('content/blog/b.mdx', 'danger', 'component').message).toBe(
			'content/blog/b.mdx: <Callout type="danger"> is not a callout type. Write type="note", type="tip" or type="warning".'
		);
		expect(unknownCalloutTypeError('content/blog/b.mdx', undefined, 'component').message).toBe(
			'content/blog/b.mdx: <Callout> needs its type as a plain string. Write type="note", type="tip" or type="warning".'
		);
	});
});
