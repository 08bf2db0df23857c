import { describe, expect, it } from 'vitest';
import { duplicateSlot, nextToAdd, pickedKey } from './picker';
import type { PickerChoices } from './types';

const title = { en: 't', ar: 'ت' };
const choices: PickerChoices = {
	presets: [
		{ ref: 'preset:m/baseline', title },
		{ ref: 'preset:m/drift', title }
	],
	saved: [{ id: 'abc', title, headRevision: 3 }]
};
const shown = [
	{ ref: 'preset:m/baseline', revision: null },
	{ ref: 'saved:abc', revision: 3 }
];

describe('the picker’s duplicates', () => {
	it('reads a saved scenario without a revision as its head', () => {
		expect(pickedKey('saved:abc', choices)).toBe('saved:abc@3');
		expect(pickedKey('saved:abc@2', choices)).toBe('saved:abc@2');
		expect(pickedKey('preset:m/drift', choices)).toBe('preset:m/drift');
	});

	it('finds the slot that already shows a scenario, but not the slot being changed', () => {
		expect(duplicateSlot(shown, 1, 'preset:m/baseline', choices)).toBe(0);
		expect(duplicateSlot(shown, 0, 'preset:m/baseline', choices)).toBe(-1);
		expect(duplicateSlot(shown, 0, 'saved:abc@3', choices)).toBe(1);
		expect(duplicateSlot(shown, 0, 'saved:abc@2', choices)).toBe(-1);
		expect(duplicateSlot(shown, 0, 'preset:m/drift', choices)).toBe(-1);
	});

	it('adds what is not compared yet, presets first, and nothing once all are', () => {
		expect(nextToAdd(shown, choices)).toBe('preset:m/drift');
		expect(nextToAdd([...shown, { ref: 'preset:m/drift', revision: null }], choices)).toBeUndefined();
		expect(
			nextToAdd(
				[
					{ ref: 'preset:m/baseline', revision: null },
					{ ref: 'preset:m/drift', revision: null }
				],
				choices
			)
		).toBe('saved:abc');
	});
});
