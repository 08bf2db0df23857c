import { describe, expect, it } from 'vitest';
import { historyCommand, typesText } from './history-keys';

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	altKey: false,
	...mods
});

describe('the keys of undo and redo', () => {
	it('undo with Ctrl+Z, redo with Ctrl+Y and Ctrl+Shift+Z, ⌘ as Ctrl', () => {
		expect(historyCommand(key('z', { ctrlKey: true }))).toBe('undo');
		expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
		expect(historyCommand(key('y', { ctrlKey: true }))).toBe('redo');
		expect(historyCommand(key('z', { metaKey: true }))).toBe('undo');
		expect(historyCommand(key('y'))).toBeNull();
		expect(historyCommand(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
		expect(historyCommand(key('x', { ctrlKey: true }))).toBeNull();
	});

	it('leave typed text to its field', () => {
		const field = (tagName: string, type = '', isContentEditable = false) =>
			({ tagName, type, isContentEditable }) as unknown as EventTarget;
		expect(typesText(field('TEXTAREA'))).toBe(true);
		expect(typesText(field('INPUT', 'text'))).toBe(true);
		expect(typesText(field('INPUT', 'search'))).toBe(true);
		expect(typesText(field('DIV', '', true))).toBe(true);
		expect(typesText(field('INPUT', 'range'))).toBe(false);
		expect(typesText(field('BUTTON'))).toBe(false);
		expect(typesText(null)).toBe(false);
	});
});
