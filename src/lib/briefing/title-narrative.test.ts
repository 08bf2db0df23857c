import { describe, expect, it } from 'vitest';
import { settingsFingerprint } from '$lib/narrative/fingerprint';
import { withNarrative, withWrittenFor } from '$lib/narrative/written-for';
import { flagship } from './test-fixture';
import { titleNarrative } from './title-narrative';

const { scenario: baseline } = await flagship(200);
const preset = withWrittenFor(baseline);
const saved = { kind: 'saved', id: 'r85hcbhipy', revision: 3 } as const;
const eventId = Object.keys(baseline.events)[0];
const moved = { ...preset, events: { ...preset.events, [eventId]: { probability: 0.8 } } };

describe('titleNarrative', () => {
	it('a preset as it stands: its summary with its numbers, no notice, its notes for the speaker', () => {
		const t = titleNarrative({ scenario: preset, source: { kind: 'preset', model: 'm', scenario: 'baseline' } }, 'en');
		expect(t.summary).not.toMatch(/\{event:/);
		expect(t.summaryNotice).toBeNull();
		expect(t.whatChanged).toBeNull();
		expect(t.speakerNotes).toBe(`Analyst’s notes: ${String(baseline.notes)}`);
	});

	it('settings moved since the summary was written: says so in both languages', () => {
		expect(titleNarrative({ scenario: moved, source: saved }, 'en').summaryNotice).toMatch(
			/^Written for other settings/
		);
		expect(titleNarrative({ scenario: moved, source: saved }, 'ar').summaryNotice).toMatch(/^كُتب لضبط آخر/);
		expect(titleNarrative({ scenario: moved, source: saved }, 'en').speakerNotes).toContain(
			'(written for other settings)'
		);
	});

	it('a summary rewritten for the settings: no notice, and the revision note says what changed', () => {
		const rewritten = withNarrative(moved, {
			summary: { en: `Now {event:${eventId}}.`, ar: `الآن {event:${eventId}}.` },
			notes: { en: 'Mine.', ar: 'ملاحظاتي.' }
		});
		expect(rewritten.writtenFor?.summary?.en).toBe(settingsFingerprint(moved));
		const en = titleNarrative({ scenario: rewritten, source: saved, revisionNote: 'Ceasefire to 80%' }, 'en');
		expect(en.summary).toBe('Now 80%.');
		expect(en.summaryNotice).toBeNull();
		expect(en.whatChanged).toBe('What changed in revision 3: Ceasefire to 80%');
		expect(en.speakerNotes).toBe('What changed in revision 3: Ceasefire to 80%\n\nAnalyst’s notes: Mine.');
		expect(titleNarrative({ scenario: rewritten, source: saved, revisionNote: '' }, 'ar').whatChanged).toBeNull();
	});
});
