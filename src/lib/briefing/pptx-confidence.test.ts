// The analytic confidence in the PowerPoint decks, in both languages: under the key judgments of a
// scenario's deck (the analyst's level when set, the derived one beside it), and a row of the
// comparison's headline table with each scenario's level.

import { describe, expect, it } from 'vitest';
import { CONFIDENCE_WORDS, scenarioConfidence } from '$lib/evidence';
import { keyJudgments, simulate, type Locale, type ScenarioInput } from '$lib/model';
import { buildComparePptx } from './compare-pptx';
import { compareDeck, scenarioDeck } from './deck';
import { buildBriefingPptx } from './pptx';
import { pptxBytes } from './pptx-file';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

const slidesOf = (files: Map<string, string>) =>
	[...files.keys()]
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
		.map((n) => slideText(files.get(n) ?? ''));

/** slideText keeps each run's text; the line may be split into runs, so compare without spacing. */
const squash = (text: string) => text.replace(/\s+/gu, '');

describe('confidence in the PowerPoint decks', async () => {
	const f = await flagship();
	const override = { level: 'low' as const, reason: { en: 'The rail traffic may be a deception', ar: '' } };
	const judgmentsAt = scenarioDeck({ judgments: f.judgments, tornado: f.tornado, sources: [] }).findIndex(
		(s) => s.kind === 'judgments'
	);

	async function scenarioSlides(scenario: ScenarioInput, lang: Locale) {
		const pres = buildBriefingPptx({
			lang,
			model: f.model,
			scenario,
			projection: f.projection,
			tornado: f.tornado,
			source: { kind: 'preset', model: f.model.id, scenario: scenario.id },
			edited: false,
			exportedAt: new Date('2026-03-01T12:00:00Z')
		});
		return slidesOf(readZip(await pptxBytes(pres)));
	}

	for (const lang of ['en', 'ar'] as const) {
		it(`the judgments slide carries the confidence line (${lang}), the analyst’s when set`, async () => {
			const derived = scenarioConfidence(f.model, f.scenario, f.tornado);
			const plain = await scenarioSlides(f.scenario, lang);
			expect(squash(plain[judgmentsAt])).toContain(squash(derived.text[lang]));
			const mine = { ...f.scenario, confidence: override };
			const overridden = await scenarioSlides(mine, lang);
			const line = scenarioConfidence(f.model, mine, f.tornado).text[lang];
			expect(line).toContain(
				lang === 'en' ? 'Low confidence (analyst’s judgment; derived: ' : 'ثقة منخفضة (تقدير المحلل؛'
			);
			expect(squash(overridden[judgmentsAt])).toContain(squash(line));
		});

		it(`the comparison’s headline slide has a row of confidence (${lang})`, async () => {
			const other = { ...f.scenario, id: 'mine', confidence: override };
			const scenarios = [f.scenario, other].map((scenario, i) => {
				const projection = simulate(f.model, { ...scenario, samples: 200 });
				return {
					ref: `preset:russia-dprk/s${i}`,
					title: scenario.title,
					revision: null,
					scenario,
					projection,
					judgments: keyJudgments(f.model, projection)
				};
			});
			const pres = buildComparePptx({
				lang,
				data: { model: f.model, scenarios, gaps: [] },
				exportedAt: new Date('2026-03-01T12:00:00Z')
			});
			const slides = slidesOf(readZip(await pptxBytes(pres)));
			const plan = compareDeck({ judgments: scenarios[0].judgments.length, scenarios: 2, sources: [] });
			const headlines = squash(slides[plan.findIndex((s) => s.kind === 'headlines')]);
			// Compare ranks by weight: it computes no tornado.
			const byWeight = scenarioConfidence(f.model, f.scenario, null);
			const words = {
				en: { row: 'Analytic confidence', low: 'Low confidence (analyst’s judgment)' },
				ar: { row: 'درجة الثقة التحليلية', low: 'ثقة منخفضة (تقدير المحلل)' }
			}[lang];
			// An Arabic table is written with its columns in reading order, right to left.
			const cells = [words.row, CONFIDENCE_WORDS[byWeight.level][lang], words.low];
			expect(headlines).toContain(squash((lang === 'ar' ? cells.reverse() : cells).join('')));
		});
	}
});
