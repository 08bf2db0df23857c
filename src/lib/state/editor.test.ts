import { describe, expect, it } from 'vitest';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { EditorState } from './editor.svelte';

const scenario = {
	format: 1,
	id: 'b',
	model: 'm',
	title: { en: 't', ar: 't' },
	summary: { en: 's', ar: 's' },
	seed: 1,
	samples: 500,
	drivers: { x: { weight: 0.5, assessment: 0, low: -0.2, high: 0.2, trend: 0 } },
	events: { e: { probability: 0.5 } }
} satisfies ScenarioInput;
const model = { id: 'm', dynamics: { persistence: 0.8, volatility: 0.2 } } as ModelInput;
const source = { kind: 'preset', model: 'm', scenario: 'b' } as const;

describe('EditorState', () => {
	it('makes one undo step of a whole drag, and redoes it', () => {
		const editor = new EditorState(model, scenario, source);
		for (const v of [0.05, 0.1, 0.15]) editor.setDriver('x', 'weight', v, false);
		editor.settle();
		expect(editor.canUndo).toBe(true);
		editor.undo();
		expect(editor.scenario.drivers.x.weight).toBe(0.5);
		expect(editor.canRedo).toBe(true);
		editor.redo();
		expect(editor.scenario.drivers.x.weight).toBe(0.15);
	});

	it('drops the redo branch on a new change and resets as one undoable step', () => {
		const editor = new EditorState(model, scenario, source);
		editor.setEvent('e', 0.9);
		editor.undo();
		editor.setDriver('x', 'assessment', 0.3);
		expect(editor.canRedo).toBe(false);
		expect(editor.edits.drivers.x).toEqual({ assessment: 0.3, high: 0.3 });
		editor.reset();
		expect(editor.scenario).toBe(scenario);
		editor.undo();
		expect(editor.scenario.drivers.x.assessment).toBe(0.3);
	});

	it('rebases on a saved revision as one undoable step', () => {
		const editor = new EditorState(model, scenario, source);
		editor.setDriver('x', 'weight', 0.9);
		const theirs = { ...scenario, id: 'saved1', drivers: { x: { ...scenario.drivers.x, trend: 0.1 } } };
		editor.rebase(theirs, { kind: 'saved', id: 'saved1', revision: 2 });
		expect(editor.scenario).toBe(theirs);
		expect(editor.edits).toEqual({ drivers: {}, events: {} });
		editor.undo();
		expect(editor.scenario.drivers.x.weight).toBe(0.9);
	});

	it('sets the unmodelled factors from the model’s, undoably, and back at them is no edit', () => {
		const editor = new EditorState(model, scenario, source);
		editor.setDynamics('volatility', 0, false);
		editor.setDynamics('volatility', 0.05, false);
		editor.settle();
		expect(editor.scenario.dynamics).toEqual({ persistence: 0.8, volatility: 0.05 });
		expect(editor.edits.dynamics).toEqual({ persistence: 0.8, volatility: 0.05 });
		editor.setDynamics('persistence', 2);
		expect(editor.scenario.dynamics?.persistence).toBe(0.99);
		editor.undo();
		editor.setDynamics('volatility', 0.2);
		expect(editor.scenario.dynamics).toBeUndefined();
		expect(editor.edits).toEqual({ drivers: {}, events: {} });
		editor.setDynamics('volatility', 0.4);
		editor.reset();
		expect(editor.scenario).toBe(scenario);
	});
});

describe('EditorState and the ranges the analyst set', () => {
	it('returns to the set range after a sweep, marks a widening, and undoes it with the settings', () => {
		const editor = new EditorState(model, scenario, source);
		for (const v of [0.5, 1, 0.3, -1, -0.4, 0]) editor.setDriver('x', 'assessment', v, false);
		editor.settle();
		expect(editor.scenario.drivers.x).toEqual(scenario.drivers.x);
		expect(editor.edits).toEqual({ drivers: {}, events: {} });
		editor.setDriver('x', 'assessment', 0.6);
		expect(editor.widened.x?.simulated).toEqual({ low: -0.2, high: 0.6 });
		editor.keepWidenedRange('x');
		expect(editor.widened).toEqual({});
		editor.setDriver('x', 'assessment', 0);
		expect(editor.scenario.drivers.x.high).toBe(0.6);
		editor.undo();
		editor.undo();
		expect(editor.ranges.x).toEqual({ low: -0.2, high: 0.2 });
		editor.setDriver('x', 'assessment', 0);
		expect(editor.scenario.drivers.x.high).toBe(0.2);
	});

	it('takes the ends the analyst sets as theirs', () => {
		const editor = new EditorState(model, scenario, source);
		editor.setDriver('x', 'high', 0.7);
		editor.setDriver('x', 'assessment', 0.8);
		editor.setDriver('x', 'assessment', 0.1);
		expect(editor.scenario.drivers.x).toMatchObject({ low: -0.2, high: 0.7 });
		editor.reset();
		expect(editor.ranges.x).toEqual({ low: -0.2, high: 0.2 });
	});
});
