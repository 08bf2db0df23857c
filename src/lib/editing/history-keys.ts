// The keys of undo and redo: Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (⌘ for Ctrl on a Mac).
// In a text field they are the field's own, for the text typed there.

export type HistoryCommand = 'undo' | 'redo';

export function historyCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
	const key = event.key.toLowerCase();
	if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
	if (key === 'y' && !event.shiftKey) return 'redo';
	return null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Whether the key went to a field where text is typed (its own undo applies). */
export function typesText(target: EventTarget | null): boolean {
	if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	if (element.tagName === 'TEXTAREA') return true;
	return element.tagName === 'INPUT' && TEXT_INPUTS.has((element as HTMLInputElement).type);
}
