import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../model/index';
import { parseJsonText, parseScenario } from './parse';
import { formatProblem } from './problem';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel, tinyScenario } from './test-fixtures';

const FILE = 'scenarios/tiny/baseline.json';
type Editable = Record<string, unknown> & ScenarioInput;

function broken(edit: (s: Editable) => void) {
	const scenario = tinyScenario() as Editable;
	edit(scenario);
	return parseScenario(scenario, FILE, tinyModel());
}

describe('parseScenario', () => {
	it('accepts a valid scenario and returns it without $schema', () => {
		const result = parseScenario(tinyScenario(), FILE, tinyModel());
		expect(result).toEqual({ ok: true, scenario: expect.not.objectContaining({ $schema: expect.anything() }) });
		if (result.ok) expect(result.scenario.drivers.china.weight).toBe(0.7);
	});

	it('accepts format 2 and unmodelled factors of its own, at the ends of their ranges', () => {
		for (const dynamics of [
			{ persistence: 0, volatility: 0 },
			{ persistence: 0.99, volatility: 5 }
		]) {
			const result = parseScenario({ ...tinyScenario(), format: 2, dynamics }, FILE, tinyModel());
			expect(result).toMatchObject({ ok: true, scenario: { format: 2, dynamics } });
		}
	});

	it('accepts summary templates that name the model’s events', () => {
		const summary = { en: 'A ceasefire ({event:ceasefire})', ar: 'وقف ({event:ceasefire})' };
		expect(parseScenario({ ...tinyScenario(), summary }, FILE, tinyModel()).ok).toBe(true);
	});

	it('accepts a valid scenario without a model, and notes are optional', () => {
		expect(parseScenario({ ...tinyScenario(), notes: 'why' }, FILE).ok).toBe(true);
	});

	it('accepts notes on the charts at a month, at most 80 characters, and refuses others', () => {
		const at = (date: string, text: string) =>
			parseScenario({ ...tinyScenario(), annotations: [{ date, text }] }, FILE);
		expect(at('2026-06', 'Treaty anniversary gala').ok).toBe(true);
		expect(at('2026-6', 'x').ok).toBe(false);
		expect(at('2026-13', 'x').ok).toBe(false);
		expect(at('2026-06', '').ok).toBe(false);
		expect(at('2026-06', 'x'.repeat(81)).ok).toBe(false);
		expect(at('2026-06', 'x'.repeat(80)).ok).toBe(true);
	});

	it('words low > assessment exactly as the issue asks', () => {
		const result = broken((s) => (s.drivers.china.low = 0.25));
		expect(problemsOf(result).map(formatProblem)).toEqual([
			'scenarios/tiny/baseline.json: drivers.china.low: must be ≤ assessment (0.2)'
		]);
	});

	const cases: [string, (s: Editable) => void, string, string][] = [
		[
			'high < assessment',
			(s) => (s.drivers.military.high = 0.5),
			'drivers.military.high',
			'must be ≥ assessment (0.6)'
		],
		['a missing driver', (s) => delete s.drivers.trade, 'drivers.trade', 'is missing: model "tiny" has this driver'],
		[
			'an unknown driver',
			(s) => (s.drivers.russia = { ...s.drivers.trade }),
			'drivers.russia',
			'unknown driver: model "tiny" has no driver "russia"'
		],
		['a missing event', (s) => delete s.events.ceasefire, 'events.ceasefire', 'is missing'],
		['an unknown event', (s) => (s.events.coup = { probability: 0.1 }), 'events.coup', 'unknown event'],
		[
			'weight 1.5',
			(s) => (s.drivers.military.weight = 1.5),
			'drivers.military.weight',
			'must be a number between 0 and 1 (got 1.5)'
		],
		[
			'a number written as text',
			(s) => Object.assign(s.drivers.trade, { weight: '0.5' }),
			'drivers.trade.weight',
			'(got the text "0.5")'
		],
		['NaN', (s) => (s.drivers.trade.trend = Number.NaN), 'drivers.trade.trend', 'between -1 and 1 (got NaN)'],
		['empty Arabic text', (s) => (s.title.ar = '  '), 'title.ar', 'the Arabic text must not be empty'],
		['samples 5', (s) => (s.samples = 5), 'samples', 'must be a whole number between 100 and 200000 (got 5)'],
		['samples 150.5', (s) => (s.samples = 150.5), 'samples', 'whole number'],
		['seed -1', (s) => (s.seed = -1), 'seed', 'between 0 and 4294967295 (got -1)'],
		['seed 2^32', (s) => (s.seed = 2 ** 32), 'seed', '(got 4294967296)'],
		['a wrong model id', (s) => (s.model = 'other'), 'model', 'must be "tiny"'],
		[
			'probability 2',
			(s) => (s.events.ceasefire.probability = 2),
			'events.ceasefire.probability',
			'between 0 and 1 (got 2)'
		],
		[
			'a missing title',
			(s) => Reflect.deleteProperty(s, 'title'),
			'title',
			'is required: an object with "en" (English) and "ar" (Arabic) texts'
		],
		[
			'a missing summary.en',
			(s) => Reflect.deleteProperty(s.summary, 'en'),
			'summary.en',
			'is required: the English text'
		],
		['a misspelt field', (s) => (s.note = 'x'), 'note', 'unknown field'],
		[
			'a summary template naming an unknown event',
			(s) => (s.summary.ar = 'وقف ({event:ceasefire}) وانقلاب ({event:coup})'),
			'summary.ar',
			'{event:coup} names no event of model "tiny" (its events: ceasefire)'
		],
		[
			'a summary template with a malformed id',
			(s) => (s.summary.en = 'A truce ({event: ceasefire})'),
			'summary.en',
			'{event: ceasefire} names no event of model "tiny"'
		],
		['format 3', (s) => (s.format = 3 as 2), 'format', 'must be 1 or 2, the file format version (got 3)'],
		[
			'persistence 1 in its unmodelled factors',
			(s) => (s.dynamics = { persistence: 1, volatility: 0.2 }),
			'dynamics.persistence',
			'from 0 up to but not including 1 (got 1)'
		],
		[
			'volatility 5.5 in its unmodelled factors',
			(s) => (s.dynamics = { persistence: 0.5, volatility: 5.5 }),
			'dynamics.volatility',
			'between 0 and 5 (got 5.5)'
		],
		[
			'unmodelled factors without a volatility',
			(s) => Object.assign(s, { dynamics: { persistence: 0.5 } }),
			'dynamics.volatility',
			'is required: a number between 0 and 5'
		],
		[
			'every weight 0',
			(s) => Object.values(s.drivers).forEach((d) => (d.weight = 0)),
			'drivers',
			'at least one driver needs a weight above 0'
		],
		[
			'drivers as a list',
			(s) => (s.drivers = [] as unknown as Editable['drivers']),
			'drivers',
			'must be an object of driver id → settings (got a list)'
		],
		['a non-kebab id', (s) => (s.id = 'Base Line'), 'id', 'kebab-case id'],
		[
			'a missing low',
			(s) => Reflect.deleteProperty(s.drivers.china, 'low'),
			'drivers.china.low',
			'is required: a number between -1 and 1'
		]
	];

	it.each(cases)('refuses %s, naming the file and field', (_name, edit, path, words) => {
		expectOneProblem(broken(edit), FILE, path, words);
	});

	it('reports Infinity (1e999 in JSON) as not finite', () => {
		const text = JSON.stringify(tinyScenario()).replace('"trend":0.05', '"trend":1e999');
		const json = parseJsonText(text, FILE);
		if (!json.ok) throw new Error('fixture is valid JSON');
		expectOneProblem(parseScenario(json.value, FILE, tinyModel()), FILE, 'drivers.trade.trend', '(got Infinity)');
	});

	it('refuses a renamed driver key twice over: not an id, and the real one missing', () => {
		const result = broken((s) => {
			s.drivers.Military = s.drivers.military;
			delete s.drivers.military;
		});
		expect(
			problemsOf(result)
				.map((p) => p.path)
				.sort()
		).toEqual(['drivers.Military', 'drivers.military']);
	});

	it('reports all problems at once, cross-checks included, even after a type error', () => {
		const result = broken((s) => {
			s.drivers.china.low = 0.25;
			Object.assign(s.drivers.trade, { weight: 'heavy' });
			s.events.coup = { probability: 0.1 };
			s.samples = 5;
		});
		expect(
			problemsOf(result)
				.map((p) => p.path)
				.sort()
		).toEqual(['drivers.china.low', 'drivers.trade.weight', 'events.coup', 'samples']);
	});

	it('does not mistake Object.prototype names for settings', () => {
		const model = tinyModel();
		model.drivers[2].id = 'constructor';
		model.evidence[0].drivers = ['military'];
		const scenario = tinyScenario();
		delete (scenario.drivers as Partial<ScenarioInput['drivers']>).china;
		expectOneProblem(parseScenario(scenario, FILE, model), FILE, 'drivers.constructor', 'is missing');
	});

	it('skips the cross-checks without a model', () => {
		const scenario = { ...tinyScenario(), model: 'other', events: {} };
		expect(parseScenario(scenario, FILE).ok).toBe(true);
	});

	it('refuses a value that is not an object at the root', () => {
		expectOneProblem(parseScenario([], FILE), FILE, '(root)', 'must be an object holding the scenario (got a list)');
	});
});
