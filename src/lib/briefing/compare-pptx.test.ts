import { describe, expect, it } from 'vitest';
import { horizonHeadlines, judgmentDifferences } from '$lib/compare/differences';
import type { ComparedScenario } from '$lib/compare/types';
import { percentText, pointsText } from '$lib/format';
import { gapAttribution, keyJudgments, simulate, type Locale } from '$lib/model';
import { loadScenarioWithModel } from '$lib/server/preset-files';
import { buildComparePptx, comparePptxFileName, type ComparePptxInput } from './compare-pptx';
import { pptxBytes } from './pptx-file';
import { SCENARIO_DASHES } from './compare-pptx-charts';
import { compareDeck } from './deck';
import { pct } from './pptx-chart-style';
import { gapOrder, paginate, pickSources } from './sources';
import { readZip, slideText } from './test-zip';

const SAMPLES = 400;

async function load(name: string) {
	const loaded = await loadScenarioWithModel(`scenarios/russia-dprk/${name}.json`);
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
	return { model: loaded.model, scenario: { ...loaded.scenario, samples: SAMPLES } };
}

describe('PowerPoint of a comparison', async () => {
	const baseline = await load('baseline');
	const others = [await load('china-restrains'), await load('deepening-alliance')];
	const { model } = baseline;
	const compared = (
		s: typeof baseline,
		ref: string,
		title: ComparedScenario['title'],
		revision: number | null
	): ComparedScenario => {
		const projection = simulate(model, s.scenario);
		return { ref, title, revision, scenario: s.scenario, projection, judgments: keyJudgments(model, projection) };
	};
	// A saved revision stored under an id that must never reach a slide.
	const scenarios = [
		compared(baseline, 'preset:russia-dprk/baseline', baseline.scenario.title, null),
		compared(others[0], 'saved:Xk2p9QaZ1m@3', { en: 'My restraint case', ar: 'حالتي للتقييد' }, 3),
		compared(others[1], 'preset:russia-dprk/deepening-alliance', others[1].scenario.title, null)
	];
	const gaps = scenarios
		.slice(1)
		.map((s) => gapAttribution(model, scenarios[0].scenario, s.scenario, { samples: SAMPLES }));
	const input = (lang: Locale): ComparePptxInput => ({
		lang,
		data: { model, scenarios, gaps },
		exportedAt: new Date('2026-03-01T12:00:00Z')
	});
	async function unzip(lang: Locale) {
		const bytes = await pptxBytes(buildComparePptx(input(lang)));
		return readZip(bytes);
	}
	const slidesOf = (files: Map<string, string>) =>
		[...files.keys()]
			.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
			.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
			.map((n) => files.get(n) ?? '');
	const chartsOf = (files: Map<string, string>) =>
		[...files.entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(([, xml]) => xml);
	const plan = compareDeck({
		judgments: scenarios[0].judgments.length,
		scenarios: scenarios.length,
		sources: paginate(pickSources(model, gapOrder(gaps[0], model)))
	});
	const en = await unzip('en');
	const slides = slidesOf(en).map(slideText);
	const at = (kind: string) => plan.findIndex((s) => s.kind === kind);

	it('has the comparison deck’s slides, provenance by title and revision on each, no stored id anywhere', () => {
		expect(slides).toHaveLength(plan.length);
		for (const [i, text] of slides.entries()) {
			expect(text, `slide ${i + 1}`).toContain(
				`Model “${model.title.en}” · ${baseline.scenario.title.en} (seed ${baseline.scenario.seed}, 400 paths) · My restraint case r3`
			);
			expect(text).toContain('exported 2026-03-01');
			expect(text).not.toContain('Xk2p9QaZ1m');
			expect(text).not.toContain('preset:');
			expect(text, 'the model is named by its title').not.toContain(model.id);
		}
		const title = slides[0];
		expect(title).toContain(model.question.en);
		expect(title).toContain(`${baseline.scenario.title.en} (preset) — Reference`);
		expect(title).toContain('My restraint case (saved, revision 3)');
		expect(comparePptxFileName(input('en'))).toBe(
			'Baseline the current course vs My restraint case r3 vs Deepening alliance - briefing - 2026-03-01.pptx'
		);
	});

	it('puts the key judgments side by side with each difference to the reference in points', () => {
		const text = slides[at('judgments')];
		const differences = judgmentDifferences(scenarios);
		let shown = 0;
		for (const [k, row] of differences.entries())
			for (const difference of row) {
				if (k === 0) expect(difference).toBeNull();
				if (difference === null) continue;
				expect(text).toContain(`${pointsText(difference, 'en')} pp`);
				shown++;
			}
		expect(shown).toBeGreaterThan(0);
		expect(text).toContain(scenarios[0].judgments[0].term.label.en);
	});

	it('shows the page’s headline table: each outcome and the rupture risk at the horizon, points against the reference', () => {
		const text = slides[at('headlines')];
		const rows = horizonHeadlines(model, scenarios);
		expect(rows).toHaveLength(model.outcomes.length + 1);
		expect(text).toContain(`Headline numbers at Q4 2030`);
		for (const row of rows)
			row.values.forEach((value, i) => {
				expect(text).toContain(percentText(value));
				const difference = row.differences[i];
				if (difference !== null) expect(text).toContain(`${percentText(value)} · ${pointsText(difference, 'en')} pp`);
			});
		for (const o of model.outcomes) expect(text).toContain(o.label.en);
		expect(text).toContain(`Rupture risk: “${model.outcomes[0].label.en}” at any time by then`);
	});

	it('overlays the outcome probabilities over time: each outcome its colour, each scenario its dash', () => {
		const chart = chartsOf(en).find((xml) => xml.includes(`${baseline.scenario.title.en} — `)) ?? '';
		const lines = [...chart.matchAll(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g)].map((match) => match[0]);
		expect(lines).toHaveLength(scenarios.length);
		lines.forEach((line, i) => {
			const series = [...line.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((match) => match[0]);
			expect(series).toHaveLength(model.outcomes.length);
			for (const ser of series) expect(ser).toContain(`<a:prstDash val="${SCENARIO_DASHES[i]}"/>`);
			for (const o of model.outcomes) expect(line).toContain(`<a:srgbClr val="${o.color!.slice(1).toUpperCase()}"`);
		});
		// The last scenario's first outcome line ends on its own horizon value.
		const last = scenarios[2].projection;
		const best = model.outcomes.at(-1)!.id;
		expect(lines[2]).toContain(`<c:v>${pct(last.stateProbabilities[best].at(-1)!)}</c:v>`);
	});

	it('explains each gap to the reference in points, one slide per other scenario', () => {
		const gapSlides = plan.flatMap((s, i) => (s.kind === 'gap' ? [i] : []));
		expect(gapSlides).toHaveLength(2);
		expect(slides[gapSlides[0]]).toContain('My restraint case r3');
		const charts = chartsOf(en).filter((xml) => xml.includes('Part of the gap in'));
		expect(charts).toHaveLength(2);
		const top = [...gaps[0].items].sort((a, b) => Math.abs(b.probability) - Math.abs(a.probability))[0];
		const values = charts.map((xml) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
		expect(values.some((v) => v.includes(Math.round(top.probability * 10000) / 100))).toBe(true);
	});

	it('lists the settings that differ from the reference', () => {
		const text = slides[at('changes')];
		expect(text).toContain('Settings that differ from the reference');
		expect(text).toContain('◆');
	});

	it('writes Arabic slides right to left, named in Arabic', async () => {
		const ar = await unzip('ar');
		expect(ar.get('ppt/presentation.xml')).toContain('rtl="1"');
		const xml = slidesOf(ar);
		expect(xml[0]).toContain('rtl="1"');
		expect(xml[0]).toContain('algn="r"');
		expect(slideText(xml[0])).toContain('حالتي للتقييد (محفوظ، المراجعة 3)');
		// Each line sample beside its scenario's name, not under it: on the right in Arabic.
		const boxes = [...xml[0].matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([sp]) => ({
			line: sp.includes('prst="line"'),
			x: Number(/<a:off x="(\d+)"/.exec(sp)?.[1]),
			w: Number(/<a:ext cx="(\d+)"/.exec(sp)?.[1])
		}));
		// Samples are short lines (under an inch); the footer's rule spans the slide.
		const samples = boxes.filter((b) => b.line && b.w < 914400);
		expect(samples).toHaveLength(scenarios.length);
		for (const sample of samples) {
			const name = boxes[boxes.indexOf(sample) + 1];
			expect(name.line).toBe(false);
			expect(name.x + name.w).toBeLessThanOrEqual(sample.x);
		}
		expect(slideText(xml[at('judgments')])).toContain('نقطة مئوية');
		const outcomes = chartsOf(ar).find((xml) => xml.includes('<c:lineChart>') && xml.includes('حالتي')) ?? '';
		expect(outcomes).toContain('<c:orientation val="maxMin"/>');
	});
});
