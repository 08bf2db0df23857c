import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../model/index';
import { settingsFingerprint } from './fingerprint';
import {
	bilingualNotes,
	presumedWrittenFor,
	withNarrative,
	withTextChecked,
	withoutInheritedNotes,
	withWrittenFor,
	writtenForOtherSettings
} from './written-for';

const preset: ScenarioInput = {
	format: 2,
	id: 'baseline',
	model: 'm',
	title: { en: 'Baseline', ar: 'الأساس' },
	summary: { en: 'A ceasefire ({event:x}) is likely.', ar: 'وقف إطلاق النار ({event:x}) مرجح.' },
	seed: 1,
	samples: 1000,
	drivers: { a: { weight: 0.5, assessment: 0.2, low: 0, high: 0.4, trend: 0 } },
	events: { x: { probability: 0.35 } },
	notes: 'Preset notes.'
};
const moved = (s: ScenarioInput): ScenarioInput => ({ ...s, events: { x: { probability: 0.8 } } });

describe('bilingualNotes', () => {
	it('reads a plain string as English notes, and no notes as empty texts', () => {
		expect(bilingualNotes(preset)).toEqual({ en: 'Preset notes.', ar: '' });
		expect(bilingualNotes({})).toEqual({ en: '', ar: '' });
		expect(bilingualNotes({ notes: { en: 'e', ar: 'ع' } })).toEqual({ en: 'e', ar: 'ع' });
	});
});

describe('written for which settings', () => {
	it('a preset’s texts are written for its own settings, and stale once a setting moves', () => {
		const stamped = withWrittenFor(preset);
		expect(stamped.writtenFor?.summary).toEqual({ en: settingsFingerprint(preset), ar: settingsFingerprint(preset) });
		expect(writtenForOtherSettings(stamped, 'summary', 'en')).toBe(false);
		expect(writtenForOtherSettings(moved(stamped), 'summary', 'en')).toBe(true);
		expect(writtenForOtherSettings(moved(stamped), 'notes', 'ar')).toBe(true);
	});

	it('a text with no record is not called stale (unknown)', () => {
		expect(writtenForOtherSettings(moved(preset), 'summary', 'en')).toBe(false);
	});

	it('a scenario saved with a preset’s summary word for word is presumed written for the preset', () => {
		const saved = { ...moved(preset), id: 'r85hcbhipy', title: { en: 'Mine', ar: 'لي' } };
		const presumed = presumedWrittenFor(saved, [preset]);
		expect(writtenForOtherSettings(presumed, 'summary', 'en')).toBe(true);
		expect(writtenForOtherSettings(presumed, 'notes', 'en')).toBe(true);
		const ownWords = presumedWrittenFor({ ...saved, summary: { en: 'Own', ar: 'خاص' } }, [preset]);
		expect(writtenForOtherSettings(ownWords, 'summary', 'en')).toBe(false);
		expect(presumedWrittenFor(preset, [preset]).writtenFor?.summary?.en).toBe(settingsFingerprint(preset));
	});

	it('rewriting one language stamps that language only', () => {
		const edited = withNarrative(moved(withWrittenFor(preset)), {
			summary: { en: 'A ceasefire ({event:x}) is now almost certain.', ar: preset.summary.ar }
		});
		expect(writtenForOtherSettings(edited, 'summary', 'en')).toBe(false);
		expect(writtenForOtherSettings(edited, 'summary', 'ar')).toBe(true);
		expect(writtenForOtherSettings(withTextChecked(edited, 'summary', 'ar'), 'summary', 'ar')).toBe(false);
	});

	it('notes become bilingual when edited, and go away when both are emptied', () => {
		const edited = withNarrative(withWrittenFor(preset), { notes: { en: 'Mine.', ar: 'ملاحظاتي.' } });
		expect(edited.notes).toEqual({ en: 'Mine.', ar: 'ملاحظاتي.' });
		expect(writtenForOtherSettings(edited, 'notes', 'ar')).toBe(false);
		const cleared = withNarrative(edited, { notes: { en: '', ar: '' } });
		expect(cleared.notes).toBeUndefined();
		expect(cleared.writtenFor?.notes).toBeUndefined();
	});
});

describe('withoutInheritedNotes', () => {
	it('leaves out a preset’s notes from a copy, and keeps notes the analyst wrote', () => {
		const copy = withWrittenFor(moved(preset));
		expect(withoutInheritedNotes(copy, preset).notes).toBeUndefined();
		expect(withoutInheritedNotes(copy, preset).writtenFor?.notes).toBeUndefined();
		expect(withoutInheritedNotes(copy, preset).writtenFor?.summary).toEqual(copy.writtenFor?.summary);
		const own = withNarrative(copy, { notes: { en: 'Mine.', ar: '' } });
		expect(withoutInheritedNotes(own, preset).notes).toEqual({ en: 'Mine.', ar: '' });
	});
});
