import { describe, expect, it } from 'vitest';
import { compareProvenanceLine, provenanceLine, scenarioName } from './provenance';

const title = { en: 'Baseline: the current course', ar: 'السيناريو الأساسي: المسار الحالي' };
const facts = {
	title,
	source: { kind: 'preset', model: 'russia-dprk', scenario: 'baseline' } as const,
	edited: false,
	model: { en: 'Russia and North Korea: will the partnership hold?', ar: 'روسيا وكوريا الشمالية: هل تصمد الشراكة؟' },
	seed: 20240619,
	samples: 10000,
	date: '2026-11-29'
};

describe('provenance', () => {
	it('names the preset, or the saved scenario and its revision, and says when it was edited since', () => {
		expect(scenarioName(facts, 'en')).toBe('Baseline: the current course (preset)');
		const saved = { ...facts, source: { kind: 'saved', id: 'Xk2p9QaZ1m', revision: 3 } as const };
		expect(scenarioName(saved, 'en')).toBe('Baseline: the current course (saved, revision 3)');
		// Titles and revision numbers, never the ids the app stores scenarios under.
		expect(scenarioName(saved, 'ar')).not.toContain('Xk2p9QaZ1m');
		expect(scenarioName(facts, 'ar')).not.toContain('baseline');
		expect(scenarioName({ ...saved, edited: true }, 'en')).toContain('revision 3), with unsaved edits');
		expect(scenarioName(saved, 'ar')).toContain('المراجعة 3');
	});

	it('gives model, seed, sample count, date and app in one line, in either language', () => {
		expect(provenanceLine(facts, 'en')).toBe(
			'Baseline: the current course (preset) · model “Russia and North Korea: will the partnership hold?” · seed 20240619 · 10,000 paths · exported 2026-11-29 · Scenario Desk'
		);
		const ar = provenanceLine(facts, 'ar');
		expect(ar).toContain('البذرة 20240619');
		expect(ar).toContain('10,000 مسار');
		// The mark keeps the date in order inside Arabic text.
		expect(ar).toContain('\u200E2026-11-29');
		expect(ar).toContain('مكتب السيناريوهات');
		expect(ar).toContain('النموذج «روسيا وكوريا الشمالية: هل تصمد الشراكة؟»');
	});

	it('lists every compared scenario with its seed and sample count', () => {
		const line = compareProvenanceLine(
			facts.model,
			[
				{ name: 'Baseline', seed: 1, samples: 2000 },
				{ name: 'My case (revision 2)', seed: 5, samples: 10000 }
			],
			'2026-11-29',
			'en'
		);
		expect(line).toBe(
			'Model “Russia and North Korea: will the partnership hold?” · Baseline (seed 1, 2,000 paths) · My case (revision 2) (seed 5, 10,000 paths) · exported 2026-11-29 · Scenario Desk'
		);
	});
});
