// The briefing's "What to watch — and what we saw": the rows (seen first, latest first, then the
// rest in the model's order) and the PowerPoint slide's text in both languages.

import { describe, expect, it } from 'vitest';
import type { Locale, ScenarioInput } from '$lib/model';
import { withObservation } from '$lib/signposts';
import { buildBriefingPptx } from './pptx';
import { pptxBytes } from './pptx-file';
import { signpostRows, signpostsDescription } from './signposts-table';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

const squash = (text: string) => text.replace(/[\s\u2066-\u2069]+/gu, '');

describe('the watch-list slide', async () => {
	const f = await flagship(200);
	const observe = (scenario: ScenarioInput, indicator: string, date: string, revision: number) => {
		const found = f.model.indicators.find((i) => i.id === indicator);
		if (!found) throw new Error(indicator);
		return withObservation(
			scenario,
			found,
			{
				indicator,
				status: 'observed',
				date,
				seen: { en: `Seen ${indicator}`, ar: '' },
				source: 'KCNA',
				grade: { reliability: 'B', credibility: 2 },
				shift: found.shift
			},
			{ by: 'Analyst', recordedAt: `${date}T12:00:00.000Z`, revision }
		).scenario;
	};
	const watched = observe(
		observe(f.scenario, 'ind-summit-visits', '2026-03-01', 2),
		'ind-beijing-criticism',
		'2026-05-01',
		3
	);

	it('puts the seen indicators first, the latest first, then the others in the model’s order', () => {
		const rows = signpostRows(f.model, watched, 'en');
		expect(rows).toHaveLength(f.model.indicators.length);
		expect(rows.slice(0, 2).map((r) => [r.id, r.status, r.latest?.date])).toEqual([
			['ind-beijing-criticism', 'observed', '2026-05-01'],
			['ind-summit-visits', 'observed', '2026-03-01']
		]);
		const rest = f.model.indicators
			.map((i) => i.id)
			.filter((id) => !id.startsWith('ind-beijing') && id !== 'ind-summit-visits');
		expect(rows.slice(2).map((r) => r.id)).toEqual(rest);
		expect(rows.slice(2).every((r) => r.status === 'not-seen' && r.latest === null)).toBe(true);
		// Written in English only: the Arabic slide shows the English text rather than nothing.
		expect(signpostRows(f.model, watched, 'ar')[0].latest?.seen).toBe('Seen ind-beijing-criticism');
		expect(signpostsDescription(f.model, watched, 'en')).toContain('2 of 11 seen so far');
	});

	for (const lang of ['en', 'ar'] as Locale[]) {
		it(`is one slide of the PowerPoint deck, with each indicator and the latest observation (${lang})`, async () => {
			const pres = buildBriefingPptx({
				lang,
				model: f.model,
				scenario: watched,
				projection: f.projection,
				tornado: f.tornado,
				source: { kind: 'saved', id: 'x', revision: 3 },
				edited: false,
				exportedAt: new Date('2026-06-01T12:00:00Z')
			});
			const files = readZip(await pptxBytes(pres));
			const slides = [...files.keys()]
				.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
				.map((n) => squash(slideText(files.get(n) ?? '')));
			const title = squash(lang === 'en' ? 'What to watch — and what we saw' : 'ما يجب رصده — وما رصدناه');
			const found = slides.filter((t) => t.includes(title));
			expect(found).toHaveLength(1);
			const [text] = found;
			for (const indicator of f.model.indicators) expect(text).toContain(squash(indicator.label[lang]));
			expect(text).toContain(squash('2026-05-01 — Seen ind-beijing-criticism (KCNA, B2)'));
			expect(text).toContain(squash(lang === 'en' ? 'not seen' : 'لم يُرصد'));
		});
	}
});
