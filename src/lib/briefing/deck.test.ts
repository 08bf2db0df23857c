import { describe, expect, it } from 'vitest';
import { compareDeck, deckSlides, scenarioDeck, slideId, stepsOf } from './deck';
import { scenarioChartKinds } from '$lib/charts/registry';
import { tornado } from '$lib/charts/test-fixture';

const quotes = [
	[
		{ driver: 'a', evidence: 'e1' },
		{ driver: 'b', evidence: 'e2' }
	],
	[{ driver: 'c', evidence: 'e3' }]
];

describe('scenarioDeck', () => {
	it('opens with title and judgments, gives each chart a slide (what the outcome depends on too), then the inputs and the sources', () => {
		const deck = scenarioDeck({ judgments: 4, tornado, sources: quotes });
		// The charts in the registry's order, whatever it is; what the outcome depends on among them.
		const charts = scenarioChartKinds(tornado).map((kind) => `chart-${kind}`);
		expect(charts).toContain('chart-uncertainty');
		expect(deck.map(slideId)).toEqual(['title', 'judgments', ...charts, 'drivers', 'events', 'sources-1', 'sources-2']);
		expect(deck.map(stepsOf)).toEqual([1, 4, ...charts.map(() => 1), 1, 1, 1, 1]);
		expect(deck.at(-1)).toMatchObject({ kind: 'sources', page: 2, pages: 2 });
	});

	it('leaves the tornado out when there is none', () => {
		expect(scenarioDeck({ judgments: 3, tornado: null, sources: [] }).map(slideId)).not.toContain('chart-tornado');
	});
});

describe('compareDeck', () => {
	it('reveals each compared scenario in turn on the charts and explains every gap', () => {
		const deck = compareDeck({ judgments: 4, scenarios: 3, sources: quotes.slice(0, 1) });
		expect(deck.map(slideId)).toEqual([
			'title',
			'judgments',
			'headlines',
			'chart-outcomes',
			'chart-states',
			'chart-index',
			'chart-rupture',
			'gap-1',
			'gap-2',
			'changes',
			'sources-1'
		]);
		expect(deck.map(stepsOf)).toEqual([1, 4, 1, 3, 3, 3, 3, 1, 1, 1, 1]);
		expect(new Set(deck.map(slideId)).size).toBe(deck.length);
	});
});

describe('deckSlides', () => {
	it('lists each planned slide with its id, its title and its reveal steps', () => {
		const plan = scenarioDeck({ judgments: 2, tornado: null, sources: [] });
		expect(deckSlides(plan, (spec) => spec.kind).slice(0, 2)).toEqual([
			{ id: 'title', title: 'title', steps: 1 },
			{ id: 'judgments', title: 'judgments', steps: 2 }
		]);
	});
});
