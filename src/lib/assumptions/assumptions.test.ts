// Key assumptions: a scenario's list, the values of their tied settings against the baseline,
// the check's swings read from a built tornado, and the flagship's content.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sensitivity, type KeyAssumption, type ModelInput, type ScenarioInput, type Tornado } from '$lib/model';
import { parseModel, parseScenario } from '$lib/schema/parse';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import {
	assumptionSwing,
	markCounts,
	outcomesWithoutResolution,
	resolutionCriteria,
	scenarioAssumptions,
	tiedValues,
	tiedValueText
} from './index';

const text = (en: string) => ({ en, ar: `نص ${en}` });

function flagship(): { model: ModelInput; scenario: (name: string) => ScenarioInput } {
	const read = (file: string): unknown => JSON.parse(readFileSync(`scenarios/russia-dprk/${file}`, 'utf8'));
	const parsed = parseModel(read('model.json'), 'model.json');
	if (!parsed.ok) throw new Error('the flagship model does not parse');
	const model = parsed.model;
	return {
		model,
		scenario: (name) => {
			const s = parseScenario(read(`${name}.json`), name, model);
			if (!s.ok) throw new Error(`${name} does not parse`);
			return s.scenario;
		}
	};
}

describe('a scenario’s key assumptions', () => {
	const model: ModelInput = {
		...tinyModel(),
		assumptions: [
			{ id: 'a', text: text('War lasts'), ties: [{ driver: 'military', field: 'assessment' }] },
			{ id: 'b', text: text('China silent'), ties: [{ driver: 'china', field: 'assessment' }] }
		]
	};

	it('are the model’s, each restated one replaced in place, then the scenario’s own', () => {
		const restated: KeyAssumption = { id: 'b', text: text('China restrains'), ties: [{ event: 'ceasefire' }] };
		const added: KeyAssumption = { id: 'c', text: text('Trade grows'), ties: [{ driver: 'trade', field: 'trend' }] };
		const list = scenarioAssumptions(model, { assumptions: [added, restated] });
		expect(list.map((a) => [a.assumption.id, a.origin, a.assumption.text.en])).toEqual([
			['a', 'model', 'War lasts'],
			['b', 'restated', 'China restrains'],
			['c', 'scenario', 'Trade grows']
		]);
	});

	it('are the model’s alone when the scenario has none, and none when neither has any', () => {
		expect(scenarioAssumptions(model, {}).map((a) => a.origin)).toEqual(['model', 'model']);
		expect(scenarioAssumptions({}, tinyScenario())).toEqual([]);
	});
});

describe('tied values', () => {
	const { model, scenario } = flagship();
	const baseline = scenario('baseline');

	it('show the scenario’s value of each tied setting and, where it differs, the baseline’s', () => {
		const drift = scenario('ceasefire-drift');
		const list = scenarioAssumptions(model, drift);
		const ceasefire = list.find((a) => a.assumption.id === 'ceasefire-even-odds');
		expect(ceasefire?.origin).toBe('restated');
		const values = tiedValues(ceasefire!.assumption, model, drift, baseline);
		expect(values.map((v) => [v.value, v.reference, v.differs])).toEqual([
			[0.95, 0.59, true],
			[0.5, 0.35, true]
		]);
		expect(values.map((v) => tiedValueText(v, model, 'en'))).toEqual([
			'Ceasefire in Ukraine: probability: 95% (baseline 59%)',
			'US–Russia deal easing sanctions: probability: 50% (baseline 35%)'
		]);
		expect(tiedValueText(values[0], model, 'ar')).toBe(
			'وقف إطلاق النار في أوكرانيا: الاحتمال: 95% (في السيناريو الأساسي 59%)'
		);
	});

	it('say nothing of a difference where there is none, and give a driver’s range, a cut point and the unmodelled factors', () => {
		const values = tiedValues(
			{
				id: 'x',
				text: text('x'),
				ties: [
					{ driver: 'ukraine-war-course', field: 'range' },
					{ threshold: 1 },
					{ dynamics: 'volatility' },
					{ driver: 'ukraine-war-course', field: 'weight' }
				]
			},
			model,
			{ ...baseline, dynamics: { persistence: 0.85, volatility: 0.2 } },
			baseline
		);
		expect(values.map((v) => [v.referenceKind, v.differs])).toEqual([
			['baseline', false],
			[null, false],
			['model', true],
			['baseline', false]
		]);
		expect(values.map((v) => tiedValueText(v, model, 'en'))).toEqual([
			"The war's demand for troops and shells: range: +0.35 … +0.95",
			'Cut point between “Cooling” and “Transactional partnership”: +0.05',
			'Unmodelled factors: volatility: 0.20 (model 0.09)',
			"The war's demand for troops and shells: weight: 1.00"
		]);
	});

	it('compare with nothing when no baseline is given', () => {
		const values = tiedValues(model.assumptions![0], model, scenario('abandonment'), null);
		expect(values.every((v) => v.referenceKind === null && !v.differs)).toBe(true);
	});
});

describe('the key-assumptions check', () => {
	const tornado: Tornado = {
		metric: { kind: 'outcomes', outcomes: ['cooling', 'alliance'] },
		input: 'assessment',
		base: 0.6,
		bars: [
			{ kind: 'event', id: 'ceasefire', low: 0.8, high: 0.4, swing: 0.4 },
			{ kind: 'driver', id: 'military', low: 0.45, high: 0.7, swing: 0.25 },
			{ kind: 'driver', id: 'china', low: 0.55, high: 0.62, swing: 0.07 }
		]
	};

	it('reads the range from the tied bars and the failing value from the directed tie furthest from as set', () => {
		const swing = assumptionSwing(
			{
				id: 'a',
				text: text('a'),
				ties: [
					{ driver: 'military', field: 'assessment', fails: 'lower' },
					{ driver: 'military', field: 'trend' },
					{ event: 'ceasefire', fails: 'higher' },
					{ threshold: 0 }
				]
			},
			tornado
		);
		expect(swing).not.toBeNull();
		expect(swing!.swings.map((s) => [s.bar.id, s.failing])).toEqual([
			['military', 0.45],
			['ceasefire', 0.4]
		]);
		expect([swing!.low, swing!.high]).toEqual([0.4, 0.8]);
		expect(swing!.failing?.bar.id).toBe('ceasefire');
		expect(swing!.unmeasured).toEqual([{ threshold: 0 }]);
	});

	it('has no failing value when no tie gives a direction, and no swing from a tornado by weight', () => {
		const undirected: KeyAssumption = { id: 'b', text: text('b'), ties: [{ driver: 'china', field: 'assessment' }] };
		const swing = assumptionSwing(undirected, tornado);
		expect(swing?.failing).toBeNull();
		expect([swing?.low, swing?.high]).toEqual([0.55, 0.62]);
		expect(assumptionSwing(undirected, { ...tornado, input: 'weight' })).toBeNull();
	});

	it('counts the marks', () => {
		expect(markCounts(['a', 'b', 'c', 'd'], { a: 'holds', b: 'fails', c: 'fails' })).toEqual({
			holds: 1,
			shaky: 0,
			fails: 2,
			open: 1
		});
	});
});

describe('the flagship', () => {
	const { model, scenario } = flagship();

	it('states 6 to 10 key assumptions, every one tied, and each driver of the model stood for by one', () => {
		const list = model.assumptions ?? [];
		expect(list.length).toBeGreaterThanOrEqual(6);
		expect(list.length).toBeLessThanOrEqual(10);
		const tiedDrivers = new Set(list.flatMap((a) => a.ties.map((t) => t.driver).filter(Boolean)));
		expect(model.drivers.filter((d) => !tiedDrivers.has(d.id)).map((d) => d.id)).toEqual(['political-alignment']);
	});

	it('gives every outcome resolution criteria in both languages', () => {
		expect(outcomesWithoutResolution(model)).toEqual([]);
		const criteria = resolutionCriteria(model);
		expect(criteria.map((c) => c.outcome)).toEqual(['rupture', 'cooling', 'transactional', 'deepening-alliance']);
		expect(criteria[0].resolution?.en).toMatch(/^Rupture held at the date if/);
		expect(criteria.every((c) => /[\u0600-\u06FF]/.test(c.resolution?.ar ?? ''))).toBe(true);
	});

	it('has each preset restate or add assumptions only where it differs from the baseline', () => {
		for (const name of ['ceasefire-drift', 'abandonment', 'china-restrains', 'deepening-alliance']) {
			const s = scenario(name);
			const own = scenarioAssumptions(model, s).filter((a) => a.origin !== 'model');
			expect(own.length, name).toBeGreaterThan(0);
			for (const a of own) {
				const differs = tiedValues(a.assumption, model, s, scenario('baseline')).some((v) => v.differs);
				expect(differs, `${name}: ${a.assumption.id}`).toBe(true);
			}
		}
	});
});

describe('the check on the flagship’s baseline (the figures in docs/model.md)', () => {
	const { model, scenario } = flagship();
	const baseline = scenario('baseline');
	const tornado = sensitivity(model, baseline);
	const byId = (id: string) => model.assumptions!.find((a) => a.id === id)!;

	it('a ceasefire for sure takes the key judgment from 73% to 56%', () => {
		const swing = assumptionSwing(byId('ceasefire-even-odds'), tornado)!;
		expect(Math.round(swing.base * 100)).toBe(73);
		expect(Math.round(swing.failing!.failing! * 100)).toBe(56);
	});

	it('the war’s demand, shaky, leaves it between 60% and 84%', () => {
		const swing = assumptionSwing(byId('war-demand'), tornado)!;
		expect([Math.round(swing.low * 100), Math.round(swing.high * 100)]).toEqual([60, 84]);
	});
});
