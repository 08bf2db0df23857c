import { describe, expect, it } from 'vitest';
import { titleLeftBehind } from './save-title';

const copy = { en: 'Baseline (copy)', ar: 'الأساس (نسخة)' };

describe('titleLeftBehind', () => {
	it('names the language left as the other scenario’s when only one title was rewritten', () => {
		expect(titleLeftBehind(copy, { en: 'Ceasefire holds', ar: copy.ar })).toBe('ar');
		expect(titleLeftBehind(copy, { en: copy.en, ar: 'الهدنة صامدة' })).toBe('en');
	});

	it('is content when both or neither were rewritten (spaces around a title do not count)', () => {
		expect(titleLeftBehind(copy, { en: 'Ceasefire holds', ar: 'الهدنة صامدة' })).toBeNull();
		expect(titleLeftBehind(copy, { en: ` ${copy.en} `, ar: copy.ar })).toBeNull();
	});
});
