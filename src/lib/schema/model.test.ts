import { describe, expect, it } from 'vitest';
import type { ModelInput } from '../model/index';
import { parseModel } from './parse';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel } from './test-fixtures';

const FILE = 'scenarios/tiny/model.json';
type Editable = Record<string, unknown> & ModelInput;

function broken(edit: (m: Editable) => void) {
	const model = tinyModel() as Editable;
	edit(model);
	return parseModel(model, FILE);
}

describe('parseModel', () => {
	it('accepts a valid model and returns it without $schema', () => {
		const result = parseModel(tinyModel(), FILE);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.model).not.toHaveProperty('$schema');
			expect(result.model.drivers.map((d) => d.id)).toEqual(['military', 'trade', 'china']);
		}
	});

	it('accepts optional fields: subject, colours, descriptions; events on the horizon’s ends', () => {
		const result = broken((m) => {
			m.subject = { en: 'the partnership', ar: 'الشراكة' };
			m.events[0].description = { en: 'Guns fall silent', ar: 'تصمت المدافع' };
			m.events.push(
				{ ...m.events[0], id: 'late', window: { from: '2027-12', to: '2027-12' } },
				{ ...m.events[0], id: 'early', window: { from: '2025-07', to: '2027-12' }, requires: ['ceasefire'] }
			);
			m.presetsDisagreeAboutThePresent = { en: 'Each preset is a different reading of today', ar: 'قراءة مختلفة' };
			delete m.$schema;
		});
		expect(result.ok).toBe(true);
	});

	const cases: [string, (m: Editable) => void, string, string][] = [
		[
			'thresholds not increasing',
			(m) => (m.thresholds = [0.3, -0.3]),
			'thresholds[1]',
			'must be greater than thresholds[0] (0.3)'
		],
		['equal thresholds', (m) => (m.thresholds = [0.1, 0.1]), 'thresholds[1]', 'increase strictly'],
		[
			'the wrong number of thresholds',
			(m) => (m.thresholds = [0]),
			'thresholds',
			'needs exactly 2 cut points, one fewer than the 3 outcomes (got 1)'
		],
		[
			'a threshold written as text',
			(m) => Object.assign(m, { thresholds: [-0.3, '0.3'] }),
			'thresholds[1]',
			'must be a finite number (got the text "0.3")'
		],
		[
			'fewer than 2 outcomes',
			(m) => ((m.outcomes = m.outcomes.slice(0, 1)), (m.thresholds = [])),
			'outcomes',
			'needs at least 2 outcomes'
		],
		[
			'an unknown group',
			(m) => (m.drivers[1].group = 'nope'),
			'drivers[1].group',
			'unknown group "nope"; known groups: interests, outside'
		],
		[
			'an unknown evidence id',
			(m) => m.drivers[0].evidence.push('ev-x'),
			'drivers[0].evidence[1]',
			'unknown evidence id "ev-x"'
		],
		[
			'an effect on an unknown driver',
			(m) => (m.events[0].effects = { ghost: 0.1 }),
			'events[0].effects.ghost',
			'unknown driver "ghost"'
		],
		[
			'evidence for an unknown driver',
			(m) => m.evidence[0].drivers.push('ghost'),
			'evidence[0].drivers[2]',
			'unknown driver "ghost"'
		],
		[
			'an indicator on an unknown driver',
			(m) => (m.indicators[0].driver = 'ghost'),
			'indicators[0].driver',
			'unknown driver "ghost"'
		],
		[
			'a duplicate driver id',
			(m) => m.drivers.push(structuredClone(m.drivers[0])),
			'drivers[3].id',
			'duplicate id "military" (already used by drivers[0])'
		],
		[
			'a duplicate outcome id',
			(m) => ((m.outcomes[2].id = 'rupture'), (m.thresholds = [-0.3, 0.3])),
			'outcomes[2].id',
			'duplicate id "rupture"'
		],
		[
			'a bad month in a window',
			(m) => (m.events[0].window.from = '2026-13'),
			'events[0].window.from',
			'a month written YYYY-MM'
		],
		[
			'a window ending after the horizon',
			(m) => (m.events[0].window.to = '2028-01'),
			'events[0].window.to',
			'2028-01 is outside the horizon (2025-07 to 2027-12)'
		],
		[
			'a window starting before the horizon',
			(m) => (m.events[0].window.from = '2025-06'),
			'events[0].window.from',
			'2025-06 is outside the horizon (2025-07 to 2027-12)'
		],
		[
			'a window that ends before it starts',
			(m) => (m.events[0].window = { from: '2026-06', to: '2026-05' }),
			'events[0].window.to',
			'must be on or after window.from (2026-06)'
		],
		[
			'a window that is not an object',
			(m) => Object.assign(m.events[0], { window: '2026-06' }),
			'events[0].window',
			'must be an object {"from": "YYYY-MM", "to": "YYYY-MM"} (got the text "2026-06")'
		],
		[
			'a format-2 event with a date',
			(m) => Object.assign(m.events[0], { date: '2026-06' }),
			'events[0].date',
			'belongs to format 1: a format-2 event has "window": {"from": "2026-06", "to": "2026-06"} instead'
		],
		[
			'a format-2 event with a date instead of a window',
			(m) => {
				Reflect.deleteProperty(m.events[0], 'window');
				Object.assign(m.events[0], { date: '2026-06' });
			},
			'events[0].date',
			'belongs to format 1'
		],
		[
			'a format-2 event without a window',
			(m) => Reflect.deleteProperty(m.events[0], 'window'),
			'events[0].window',
			'is required: {"from": "YYYY-MM", "to": "YYYY-MM"}, the months within which the event can happen'
		],
		[
			'a requirement of an unknown event',
			(m) => (m.events[0].requires = ['truce']),
			'events[0].requires[0]',
			'unknown event "truce"; known events: ceasefire'
		],
		[
			'an event requiring itself',
			(m) => (m.events[0].requires = ['ceasefire']),
			'events[0].requires[0]',
			'an event cannot require itself'
		],
		[
			'a requirement listed twice',
			(m) => {
				m.events.push({ ...m.events[0], id: 'deal', requires: ['ceasefire', 'ceasefire'] });
			},
			'events[1].requires[1]',
			'duplicate "ceasefire" (already listed at requires[0])'
		],
		[
			'requirements that are not a list of ids',
			(m) => Object.assign(m.events[0], { requires: 'ceasefire' }),
			'events[0].requires',
			'must be a list of ids'
		],
		[
			'an event that its requirement pushes past its window',
			(m) => {
				m.events[0].window = { from: '2026-06', to: '2027-06' };
				m.events.push({
					...m.events[0],
					id: 'deal',
					window: { from: '2025-07', to: '2026-03' },
					requires: ['ceasefire']
				});
			},
			'events[1].requires',
			'the event could never happen: it needs "ceasefire" first, which cannot happen before 2026-06, after this event’s window ends (2026-03)'
		],
		[
			'a stated reason that is not bilingual',
			(m) => Object.assign(m, { presetsDisagreeAboutThePresent: 'because' }),
			'presetsDisagreeAboutThePresent',
			'an object with "en" (English) and "ar" (Arabic) texts'
		],
		[
			'a horizon that ends before it starts',
			(m) => (m.horizon.end = '2025-07'),
			'horizon.end',
			'must be a later month than horizon.start (2025-07)'
		],
		[
			'a missing Arabic label',
			(m) => Reflect.deleteProperty(m.outcomes[1].label, 'ar'),
			'outcomes[1].label.ar',
			'is required: the Arabic text'
		],
		['blank English text', (m) => (m.question.en = ''), 'question.en', 'the English text must not be empty'],
		[
			'persistence 1',
			(m) => (m.dynamics.persistence = 1),
			'dynamics.persistence',
			'from 0 up to but not including 1 (got 1)'
		],
		['volatility 6', (m) => (m.dynamics.volatility = 6), 'dynamics.volatility', 'between 0 and 5 (got 6)'],
		[
			'an effect of 1.5',
			(m) => (m.events[0].effects.military = 1.5),
			'events[0].effects.military',
			'between -1 and 1 (got 1.5)'
		],
		[
			'an indicator shift of -2',
			(m) => (m.indicators[0].shift = -2),
			'indicators[0].shift',
			'between -1 and 1 (got -2)'
		],
		['a bad colour', (m) => (m.outcomes[0].color = 'red'), 'outcomes[0].color', 'a colour written #RRGGBB'],
		[
			'a misspelt field',
			(m) => Object.assign(m.outcomes[1], { colour: '#000000' }),
			'outcomes[1].colour',
			'unknown field; check the spelling (allowed here: id, label, description, color, resolution)'
		],
		['an id that is not kebab-case', (m) => (m.id = 'Tiny_Model'), 'id', 'kebab-case id'],
		['a missing list', (m) => Reflect.deleteProperty(m, 'indicators'), 'indicators', 'is required: a list'],
		['format 3', (m) => (m.format = 3 as 2), 'format', 'must be 1 or 2, the file format version (got 3)']
	];

	it.each(cases)('refuses %s, naming the file and field', (_name, edit, path, words) => {
		expectOneProblem(broken(edit), FILE, path, words);
	});

	it('reports all problems at once, cross-checks included, even after a type error', () => {
		const result = broken((m) => {
			m.drivers[1].group = 'nope';
			m.thresholds = [0];
			Reflect.deleteProperty(m.title, 'ar');
			m.events[0].window.to = '2030-01';
		});
		expect(
			problemsOf(result)
				.map((p) => p.path)
				.sort()
		).toEqual(['drivers[1].group', 'events[0].window.to', 'thresholds', 'title.ar']);
	});

	it('reports references to an item whose own id is malformed', () => {
		const result = broken((m) => (m.groups[1].id = 'Outside_Actors'));
		expect(problemsOf(result).map((p) => p.path)).toEqual(['groups[1].id', 'drivers[2].group']);
	});

	it('does not report a reference twice when the id itself is malformed', () => {
		expectOneProblem(
			broken((m) => (m.drivers[1].group = 'Not An Id')),
			FILE,
			'drivers[1].group',
			'kebab-case id'
		);
	});
});
