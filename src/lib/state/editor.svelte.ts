// The analyst's working copy of a scenario, with undo and redo. Scenarios are replaced, never
// mutated ($state.raw), so a snapshot can go to the worker or the history as it is.

import { getContext, setContext } from 'svelte';
import type { ModelInput, ScenarioInput } from '$lib/model';
import {
	editsBetween,
	withDriverField,
	withDynamicsField,
	withEventProbability,
	type DriverField,
	type DynamicsField
} from '$lib/editing/scenario-edits';
import type { EditSource } from '$lib/editing/url-edits';
import { rangesOf, widenedRanges, withSetEnd, withSimulatedRange, type SetRanges } from '$lib/editing/set-ranges';

const HISTORY_LIMIT = 200;

/** One undo step: the settings, and the ranges the analyst set (which the settings may widen). */
interface Snapshot {
	scenario: ScenarioInput;
	ranges: SetRanges;
}

export class EditorState {
	model: ModelInput = $state.raw() as ModelInput;
	/** The preset (or saved revision) the edits start from; Reset returns to it. */
	base: ScenarioInput = $state.raw() as ScenarioInput;
	/** Where `base` comes from: saving a saved scenario needs its revision. */
	source: EditSource = $state.raw() as EditSource;
	/** The settings as they are now, including a slider still being dragged. */
	scenario: ScenarioInput = $state.raw() as ScenarioInput;
	/** Each driver's low and high as the analyst set them; `scenario` widens them to hold its assessment. */
	ranges: SetRanges = $state.raw({});
	#undo: Snapshot[] = $state.raw([]);
	#redo: Snapshot[] = $state.raw([]);
	/** The last settled state: a drag becomes one undo step, not a hundred. */
	#settled: Snapshot = $state.raw() as Snapshot;

	readonly canUndo = $derived(this.#undo.length > 0);
	readonly canRedo = $derived(this.#redo.length > 0);
	readonly edits = $derived(editsBetween(this.base, this.scenario));
	/** No gesture is under way: the current settings are the last settled ones. */
	readonly settled = $derived(this.scenario === this.#settled.scenario);
	/** Drivers simulated on a wider range than the analyst set, to hold their assessment. */
	readonly widened = $derived(widenedRanges(this.scenario, this.ranges));

	constructor(model: ModelInput, base: ScenarioInput, source: EditSource, current: ScenarioInput = base) {
		this.model = model;
		this.base = base;
		this.source = source;
		this.scenario = current;
		this.ranges = rangesOf(current);
		this.#settled = { scenario: current, ranges: this.ranges };
	}

	/** Changes a driver field; `settle` ends the gesture and makes it one undo step. */
	setDriver(id: string, field: DriverField, value: number, settle = true): void {
		this.scenario = withDriverField(this.scenario, id, field, value, this.ranges[id]);
		if (field === 'low' || field === 'high') this.ranges = withSetEnd(this.ranges, this.scenario, id, field);
		if (settle) this.settle();
	}

	/** The analyst keeps a driver's widened range as their own, as one undo step. */
	keepWidenedRange(id: string): void {
		this.ranges = withSimulatedRange(this.ranges, this.scenario, id);
		this.settle();
	}

	setEvent(id: string, probability: number, settle = true): void {
		this.scenario = withEventProbability(this.scenario, id, probability);
		if (settle) this.settle();
	}

	/** Changes one of the scenario's unmodelled factors (volatility, persistence). */
	setDynamics(field: DynamicsField, value: number, settle = true): void {
		this.scenario = withDynamicsField(this.scenario, field, value, { model: this.model.dynamics, base: this.base });
		if (settle) this.settle();
	}

	settle(): void {
		if (this.scenario === this.#settled.scenario && this.ranges === this.#settled.ranges) return;
		this.#undo = [...this.#undo, this.#settled].slice(-HISTORY_LIMIT);
		this.#redo = [];
		this.#settled = { scenario: this.scenario, ranges: this.ranges };
	}

	undo(): void {
		this.settle();
		const previous = this.#undo.at(-1);
		if (!previous) return;
		this.#undo = this.#undo.slice(0, -1);
		this.#redo = [...this.#redo, this.#settled];
		this.#restore(previous);
	}

	redo(): void {
		// A gesture under way is a new change: it settles, and there is nothing left to redo.
		this.settle();
		const next = this.#redo.at(-1);
		if (!next) return;
		this.#redo = this.#redo.slice(0, -1);
		this.#undo = [...this.#undo, this.#settled];
		this.#restore(next);
	}

	#restore(snapshot: Snapshot): void {
		this.scenario = snapshot.scenario;
		this.ranges = snapshot.ranges;
		this.#settled = snapshot;
	}

	/** Back to the base settings (and their ranges), as one undoable step. */
	reset(): void {
		this.scenario = this.base;
		this.ranges = rangesOf(this.base);
		this.settle();
	}

	/**
	 * After a save, or on taking another analyst's revision: the edits now start from `base`.
	 * When the settings differ from what is on screen, the change is one undoable step, so an
	 * analyst who takes someone else's version can still step back to their own.
	 */
	rebase(base: ScenarioInput, source: EditSource): void {
		this.base = base;
		this.source = source;
		this.scenario = base;
		this.ranges = rangesOf(base);
		this.settle();
	}
}

const KEY = Symbol('editor');

export function provideEditor(editor: EditorState): EditorState {
	return setContext(KEY, editor);
}

export function useEditor(): EditorState {
	return getContext<EditorState>(KEY);
}
