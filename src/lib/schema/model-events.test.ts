// Model format 2's events: requirements that form cycles, and format 1's dates read as windows.

import { describe, expect, it } from 'vitest';
import type { ModelInput } from '../model/index';
import { parseModel } from './parse';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel, tinyModelFormat1 } from './test-fixtures';

const FILE = 'scenarios/tiny/model.json';
type Editable = Record<string, unknown> & ModelInput;

function broken(edit: (m: Editable) => void) {
	const model = tinyModel() as Editable;
	edit(model);
	return parseModel(model, FILE);
}

describe('parseModel: requirement cycles', () => {
	const event = (id: string, requires: string[]) => ({
		id,
		window: { from: '2026-01', to: '2027-06' },
		requires,
		label: { en: id, ar: id },
		effects: {}
	});

	function withEvents(...events: ReturnType<typeof event>[]) {
		return broken((m) => (m.events = events));
	}

	it('names the two events of a cycle, from the first in the file', () => {
		expectOneProblem(
			withEvents(event('truce', ['deal']), event('deal', ['truce'])),
			FILE,
			'events[0].requires',
			'requirements form a cycle: truce → deal → truce'
		);
	});

	it('names every event of a longer cycle in order, and only those', () => {
		expectOneProblem(
			withEvents(
				event('summit', []),
				event('deal', ['truce']),
				event('truce', ['talks']),
				event('talks', ['deal', 'summit'])
			),
			FILE,
			'events[1].requires',
			'requirements form a cycle: deal → truce → talks → deal'
		);
	});

	it('reports each of two separate cycles once', () => {
		const result = withEvents(event('a', ['b']), event('b', ['a']), event('c', ['d']), event('d', ['c']));
		expect(problemsOf(result).map((p) => `${p.path}: ${p.message}`)).toEqual([
			'events[0].requires: requirements form a cycle: a → b → a',
			'events[2].requires: requirements form a cycle: c → d → c'
		]);
	});

	it('accepts chains and diamonds of requirements', () => {
		const result = withEvents(event('a', []), event('b', ['a']), event('c', ['a']), event('d', ['b', 'c']));
		expect(result.ok).toBe(true);
	});
});

describe('parseModel: format 1', () => {
	function brokenV1(edit: (m: Record<string, unknown> & { events: Record<string, unknown>[] }) => void) {
		const model = tinyModelFormat1() as Record<string, unknown> & { events: Record<string, unknown>[] };
		edit(model);
		return parseModel(model, FILE);
	}

	it('reads a date D as the window {from: D, to: D}: the same model as format 2 but for its format', () => {
		const v1 = parseModel(tinyModelFormat1(), FILE);
		const v2 = parseModel(tinyModel(), FILE);
		expect(v1.ok && v2.ok).toBe(true);
		if (v1.ok && v2.ok) {
			expect(v1.model.events[0]).not.toHaveProperty('date');
			expect(v1.model.events[0].window).toEqual({ from: '2026-06', to: '2026-06' });
			expect(v1.model).toEqual({ ...v2.model, format: 1 });
		}
	});

	const cases: [
		string,
		(m: Record<string, unknown> & { events: Record<string, unknown>[] }) => void,
		string,
		string
	][] = [
		[
			'a window',
			(m) => (m.events[0].window = { from: '2026-06', to: '2026-09' }),
			'events[0].window',
			'needs "format": 2 on the model: a format-1 event has one "date" (npm run scenario -- migrate <folder>'
		],
		['requirements', (m) => (m.events[0].requires = []), 'events[0].requires', 'needs "format": 2 on the model'],
		['no date', (m) => delete m.events[0].date, 'events[0].date', 'is required: a month written YYYY-MM'],
		['a bad date', (m) => (m.events[0].date = '2026-13'), 'events[0].date', 'a month written YYYY-MM'],
		[
			'a date after the horizon',
			(m) => (m.events[0].date = '2028-01'),
			'events[0].date',
			'2028-01 is outside the horizon (2025-07 to 2027-12)'
		],
		['a date before the horizon', (m) => (m.events[0].date = '2025-06'), 'events[0].date', 'outside the horizon']
	];

	it.each(cases)('refuses %s, naming the file and field', (_name, edit, path, words) => {
		expectOneProblem(brokenV1(edit), FILE, path, words);
	});
});
