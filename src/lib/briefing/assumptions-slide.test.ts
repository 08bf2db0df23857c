// The key assumptions slides: where they go in the deck, their rows in either language, and the
// PowerPoint slides' text (the sentence with its tied values beside it).

import { describe, expect, it } from 'vitest';
import { scenarioAssumptions } from '$lib/assumptions';
import { loadScenarioWithModel } from '$lib/server/preset-files';
import type { Locale } from '$lib/model';
import { assumptionRows, assumptionSlides, assumptionsTitle } from './assumptions-slide';
import { scenarioDeck, slideId } from './deck';
import { buildBriefingPptx, type BriefingInput } from './pptx';
import { pptxBytes } from './pptx-file';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

describe('assumption slides in the deck', () => {
	it('five to a slide, before the drivers', () => {
		expect(assumptionSlides(10)).toEqual([
			{ kind: 'assumptions', page: 1, pages: 2, from: 0, to: 5 },
			{ kind: 'assumptions', page: 2, pages: 2, from: 5, to: 10 }
		]);
		expect(assumptionSlides(0)).toEqual([]);
		const ids = scenarioDeck({ judgments: 2, tornado: null, sources: [], assumptions: 7 }).map(slideId);
		expect(ids.slice(ids.indexOf('assumptions-1'), ids.indexOf('drivers') + 1)).toEqual([
			'assumptions-1',
			'assumptions-2',
			'drivers'
		]);
		expect(scenarioDeck({ judgments: 2, tornado: null, sources: [] }).map(slideId)).not.toContain('assumptions-1');
	});

	it('titled with their page when there are several', () => {
		expect(assumptionsTitle({ page: 2, pages: 2 }, 'en')).toBe('Key assumptions (2 of 2)');
		expect(assumptionsTitle({ page: 1, pages: 1 }, 'ar')).toBe('الافتراضات الرئيسية');
	});
});

describe('assumption rows', async () => {
	const drift = await loadScenarioWithModel('scenarios/russia-dprk/ceasefire-drift.json');
	const base = await loadScenarioWithModel('scenarios/russia-dprk/baseline.json');
	if (!drift.ok || !base.ok) throw new Error('the flagship presets do not load');

	it('give the scenario’s restated sentence and its values against the baseline, in the slide language', () => {
		const rows = assumptionRows(drift.model, drift.scenario, base.scenario, 'en');
		const ceasefire = rows.find((r) => r.id === 'ceasefire-even-odds');
		expect(ceasefire?.origin).toBe('restated');
		expect(ceasefire?.text).toMatch(/^A ceasefire in Ukraine is all but certain/);
		expect(ceasefire?.values).toEqual([
			'Ceasefire in Ukraine: probability: 95% (baseline 59%)',
			'US–Russia deal easing sanctions: probability: 50% (baseline 35%)'
		]);
		const ar = assumptionRows(drift.model, drift.scenario, base.scenario, 'ar').find((r) => r.id === 'war-demand');
		expect(ar?.text).toMatch(/^تظل روسيا بحاجة/);
		expect(ar?.values[0]).toBe('حاجة الحرب إلى الجنود والذخائر: التقدير: \u200E+0.70');
	});
});

describe('the PowerPoint key assumptions slides', async () => {
	const f = await flagship();
	const input = (lang: Locale): BriefingInput => ({
		lang,
		model: f.model,
		scenario: f.scenario,
		projection: f.projection,
		tornado: f.tornado,
		source: { kind: 'preset', model: 'russia-dprk', scenario: 'baseline' },
		edited: false,
		baseline: f.scenario,
		exportedAt: new Date('2026-03-01T12:00:00Z')
	});
	const count = scenarioAssumptions(f.model, f.scenario).length;

	for (const lang of ['en', 'ar'] as const) {
		it(`carry each sentence with its tied values, in ${lang}`, async () => {
			const files = readZip(await pptxBytes(buildBriefingPptx(input(lang))));
			const texts = [...files.entries()]
				.filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
				.map(([, xml]) => slideText(xml));
			const slides = texts.filter((t) => t.includes(assumptionsTitle({ page: 1, pages: 2 }, lang).slice(0, 12)));
			expect(slides).toHaveLength(Math.ceil(count / 5));
			const all = slides.join('\n');
			for (const row of assumptionRows(f.model, f.scenario, f.scenario, lang)) {
				expect(all).toContain(row.text);
				for (const value of row.values) expect(all).toContain(value);
			}
			expect(all).toContain(
				lang === 'en' ? 'Ceasefire in Ukraine: probability: 59%' : 'وقف إطلاق النار في أوكرانيا: الاحتمال: 59%'
			);
		});
	}
});
