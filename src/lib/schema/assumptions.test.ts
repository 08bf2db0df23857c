import { describe, expect, it } from 'vitest';
import type { AssumptionTie, KeyAssumption, ModelInput } from '../model/index';
import { parseModel, parseScenario } from './parse';
import { formatProblem } from './problem';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel, tinyScenario } from './test-fixtures';

const MODEL_FILE = 'scenarios/tiny/model.json';
const SCENARIO_FILE = 'scenarios/tiny/baseline.json';
const text = (en: string) => ({ en, ar: `نص ${en}` });

function assumption(ties: unknown[], id = 'war-demand'): KeyAssumption {
	return { id, text: text('Russia keeps needing shells while the war lasts'), ties: ties as AssumptionTie[] };
}

function modelWith(assumptions: unknown[]) {
	return parseModel({ ...tinyModel(), assumptions }, MODEL_FILE);
}

function validModel(): ModelInput {
	const parsed = parseModel(tinyModel(), MODEL_FILE);
	if (!parsed.ok) throw new Error('the tiny model does not parse');
	return parsed.model;
}

describe('key assumptions in a model', () => {
	it('accepts each kind of tie and keeps them as written', () => {
		const ties = [
			{ driver: 'military', field: 'trend', fails: 'lower' },
			{ event: 'ceasefire', fails: 'higher' },
			{ threshold: 1 },
			{ dynamics: 'volatility' }
		];
		const result = modelWith([assumption(ties)]);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.model.assumptions?.[0].ties).toEqual(ties);
	});

	it('is optional: a model without assumptions loads', () => {
		expect(parseModel(tinyModel(), MODEL_FILE).ok).toBe(true);
	});

	it('refuses an unknown driver, naming file, field and the known drivers', () => {
		expectOneProblem(
			modelWith([assumption([{ driver: 'navy', field: 'assessment' }])]),
			MODEL_FILE,
			'assumptions[0].ties[0].driver',
			'unknown driver "navy"; known drivers: military, trade, china'
		);
	});

	it('refuses an unknown event and a cut point the model does not have', () => {
		const problems = problemsOf(modelWith([assumption([{ event: 'coup' }, { threshold: 2 }])])).map(formatProblem);
		expect(problems).toEqual([
			`${MODEL_FILE}: assumptions[0].ties[0].event: unknown event "coup"; known events: ceasefire`,
			`${MODEL_FILE}: assumptions[0].ties[1].threshold: the model has 2 cut points (thresholds[0] to thresholds[1]), so 2 names none`
		]);
	});

	it('refuses a tie naming no setting, or two', () => {
		expectOneProblem(modelWith([assumption([{}])]), MODEL_FILE, 'assumptions[0].ties[0]', 'must name one setting');
		expectOneProblem(
			modelWith([assumption([{ event: 'ceasefire', threshold: 0 }])]),
			MODEL_FILE,
			'assumptions[0].ties[0]',
			'names event and threshold'
		);
	});

	it('refuses a driver tie without its field, a bad field, and fails on a cut point', () => {
		expectOneProblem(
			modelWith([assumption([{ driver: 'military' }])]),
			MODEL_FILE,
			'assumptions[0].ties[0].field',
			'is required with "driver": one of weight, assessment, range, trend'
		);
		expectOneProblem(
			modelWith([assumption([{ driver: 'military', field: 'mood' }])]),
			MODEL_FILE,
			'assumptions[0].ties[0].field',
			'"mood" is not allowed: one of weight, assessment, range, trend'
		);
		expectOneProblem(
			modelWith([assumption([{ threshold: 0, fails: 'lower' }])]),
			MODEL_FILE,
			'assumptions[0].ties[0].fails',
			"is only for a driver's or an event's tie"
		);
	});

	it('refuses an assumption without ties, a blank text, an unknown field and a duplicate id', () => {
		expectOneProblem(modelWith([assumption([])]), MODEL_FILE, 'assumptions[0].ties', 'needs at least 1 tie');
		expectOneProblem(
			modelWith([{ ...assumption([{ event: 'ceasefire' }]), text: { en: ' ', ar: 'نص' } }]),
			MODEL_FILE,
			'assumptions[0].text.en',
			'must not be empty'
		);
		expectOneProblem(
			modelWith([{ ...assumption([{ event: 'ceasefire' }]), weight: 1 }]),
			MODEL_FILE,
			'assumptions[0].weight',
			'allowed here: id, text, ties'
		);
		expectOneProblem(
			modelWith([assumption([{ event: 'ceasefire' }]), assumption([{ threshold: 0 }])]),
			MODEL_FILE,
			'assumptions[1].id',
			'duplicate id "war-demand" (already used by [0])'
		);
	});

	it('says a list of the wrong type once: not also its size, as if a text were the list', () => {
		// Zod 4 still runs an array's max on a string (its length): 'must be at most 12' beside 'must be a list'.
		expectOneProblem(
			modelWith([{ ...assumption([]), ties: 'ukraine-ceasefire-and-more' }]),
			MODEL_FILE,
			'assumptions[0].ties',
			'must be a list of ties'
		);
		expectOneProblem(modelWith('x'.repeat(41) as unknown as unknown[]), MODEL_FILE, 'assumptions', 'must be a list');
	});

	it('refuses an over-long assumption, saying the limit', () => {
		expectOneProblem(
			modelWith([{ ...assumption([{ event: 'ceasefire' }]), text: { en: 'x'.repeat(1001), ar: 'نص' } }]),
			MODEL_FILE,
			'assumptions[0].text.en',
			'must be at most 1,000 characters (got 1,001)'
		);
	});
});

describe('outcomes’ resolution criteria', () => {
	it('is optional, and kept when given', () => {
		const model = tinyModel();
		model.outcomes[0].resolution = text('By the date, at least two of: deliveries stopped; treaty suspended');
		const result = parseModel(model, MODEL_FILE);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.model.outcomes[0].resolution?.en).toContain('at least two of');
	});

	it('refuses one language missing and an over-long text', () => {
		const model = tinyModel();
		model.outcomes[1].resolution = { en: 'Contacts limited to formalities' } as never;
		expectOneProblem(parseModel(model, MODEL_FILE), MODEL_FILE, 'outcomes[1].resolution.ar', 'the Arabic text');
		model.outcomes[1].resolution = { en: 'y'.repeat(2001), ar: 'نص' };
		expectOneProblem(
			parseModel(model, MODEL_FILE),
			MODEL_FILE,
			'outcomes[1].resolution.en',
			'must be at most 2,000 characters'
		);
	});
});

describe('key assumptions in a scenario', () => {
	const model = validModel();

	it('accepts new and restated assumptions tied to the model’s settings', () => {
		const scenario = { ...tinyScenario(), assumptions: [assumption([{ driver: 'china', field: 'range' }])] };
		const result = parseScenario(scenario, SCENARIO_FILE, model);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.scenario.assumptions).toEqual(scenario.assumptions);
	});

	it('refuses a tie to a driver the model does not have, naming file and field', () => {
		const scenario = { ...tinyScenario(), assumptions: [assumption([{ driver: 'navy', field: 'weight' }])] };
		expectOneProblem(
			parseScenario(scenario, SCENARIO_FILE, model),
			SCENARIO_FILE,
			'assumptions[0].ties[0].driver',
			'unknown driver "navy"'
		);
	});

	it('refuses a tie of the wrong type', () => {
		const scenario = { ...tinyScenario(), assumptions: [assumption([{ threshold: 'first' }])] };
		expectOneProblem(
			parseScenario(scenario, SCENARIO_FILE, model),
			SCENARIO_FILE,
			'assumptions[0].ties[0].threshold',
			'a whole number'
		);
	});
});
