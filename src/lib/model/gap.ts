// Gap attribution: which inputs explain the difference between two scenarios, in the mean index
// and in the probability of the headline outcomes (docs/model.md#gap-attribution).
//
// The inputs are each driver's settings, each event's probability, and the unmodelled factors.
// Starting from A, the inputs that differ are switched to B's one at a time, and each switch is
// credited with the change it makes; that is done in the model's order and in the reverse order,
// and the two credits averaged. Each order's credits add up to the whole gap, so their average
// does too, whatever the interactions; averaging two orders takes away most of the order's say.
// Every run uses A's seed and sample count: common random numbers make the gap the inputs' alone.

import { DrawCache } from './draws';
import { defaultMetric, horizonValues, type MetricContext, type OutcomesMetric } from './metric';
import { timeSteps } from './time';
import type { ModelInput, ScenarioInput } from './types';

export type GapInputKind = 'driver' | 'event' | 'unmodelled';

export interface GapItem {
	kind: GapInputKind;
	/** Driver or event id; 'dynamics' for the unmodelled factors. */
	id: string;
	/** Part of the gap in the mean index (B − A). */
	index: number;
	/** Part of the gap in the probability of the headline outcomes (0–1; × 100 for points). */
	probability: number;
}

export interface GapAttribution {
	/** Step index the gap is measured at. */
	step: number;
	/** The headline: the outcomes whose probability the gap is given in. */
	metric: OutcomesMetric;
	indexA: number;
	indexB: number;
	/** indexB − indexA. */
	gap: number;
	probabilityA: number;
	probabilityB: number;
	probabilityGap: number;
	/** Every input, largest |probability| first, then largest |index|. */
	items: GapItem[];
	/** gap − Σ index parts: rounding only. */
	residual: number;
}

export interface GapOptions {
	/** Step to compare at; default the horizon. */
	step?: number;
	samples?: number;
	seed?: number;
	cache?: DrawCache;
}

interface GapInput {
	kind: GapInputKind;
	id: string;
	differs: boolean;
	/** `target` with this input set as in `source`. */
	apply(target: ScenarioInput, source: ScenarioInput): ScenarioInput;
}

/** The inputs of a model, in order: drivers, events, then the unmodelled factors. */
export function gapInputs(model: ModelInput, a: ScenarioInput, b: ScenarioInput): GapInput[] {
	const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
	const dynamicsOf = (s: ScenarioInput) => s.dynamics ?? model.dynamics;
	return [
		...model.drivers.map(({ id }) => ({
			kind: 'driver' as const,
			id,
			differs: !same(a.drivers[id], b.drivers[id]),
			apply: (t: ScenarioInput, s: ScenarioInput) => ({ ...t, drivers: { ...t.drivers, [id]: s.drivers[id] } })
		})),
		...model.events.map(({ id }) => ({
			kind: 'event' as const,
			id,
			differs: (a.events[id]?.probability ?? 0) !== (b.events[id]?.probability ?? 0),
			apply: (t: ScenarioInput, s: ScenarioInput) => ({
				...t,
				events: { ...t.events, [id]: { probability: s.events[id]?.probability ?? 0 } }
			})
		})),
		{
			kind: 'unmodelled' as const,
			id: 'dynamics',
			differs: !same(dynamicsOf(a), dynamicsOf(b)),
			apply: (t: ScenarioInput, s: ScenarioInput) => ({ ...t, dynamics: dynamicsOf(s) })
		}
	];
}

export function gapAttribution(
	model: ModelInput,
	a: ScenarioInput,
	b: ScenarioInput,
	options: GapOptions = {}
): GapAttribution {
	const context: MetricContext = {
		model,
		seed: (options.seed ?? a.seed) >>> 0,
		samples: Math.max(1, Math.floor(options.samples ?? a.samples)),
		cache: options.cache ?? new DrawCache(2)
	};
	const metric = defaultMetric(model);
	const last = Math.max(0, timeSteps(model.horizon).labels.length - 1);
	const step = Math.min(last, Math.max(0, options.step ?? last));
	const evaluate = (s: ScenarioInput) => horizonValues(context, s, step, metric.outcomes);
	return attributeGap(model, a, b, step, metric, evaluate);
}

/** The path method above, for any evaluator of (mean index, probability) — shared with the reference. */
export function attributeGap(
	model: ModelInput,
	a: ScenarioInput,
	b: ScenarioInput,
	step: number,
	metric: OutcomesMetric,
	evaluate: (s: ScenarioInput) => { mean: number; share: number }
): GapAttribution {
	const inputs = gapInputs(model, a, b);
	const changing = inputs.filter((input) => input.differs);
	const atA = evaluate(a);
	const atB = evaluate(b);
	const credit = new Map(inputs.map((input) => [input, { index: 0, probability: 0 }]));
	for (const order of [changing, [...changing].reverse()]) {
		let scenario = a;
		let before = atA;
		order.forEach((input, n) => {
			scenario = input.apply(scenario, b);
			// The last switch reaches B itself: its value is B's, not a run of a rebuilt copy.
			const after = n === order.length - 1 ? atB : evaluate(scenario);
			const part = credit.get(input)!;
			part.index += (after.mean - before.mean) / 2;
			part.probability += (after.share - before.share) / 2;
			before = after;
		});
	}
	const items = inputs.map((input) => ({ kind: input.kind, id: input.id, ...credit.get(input)! }));
	items.sort(
		(x, y) =>
			Math.abs(y.probability) - Math.abs(x.probability) ||
			Math.abs(y.index) - Math.abs(x.index) ||
			inputs.findIndex((i) => i.id === x.id && i.kind === x.kind) -
				inputs.findIndex((i) => i.id === y.id && i.kind === y.kind)
	);
	const gap = atB.mean - atA.mean;
	return {
		step,
		metric,
		indexA: atA.mean,
		indexB: atB.mean,
		gap,
		probabilityA: atA.share,
		probabilityB: atB.share,
		probabilityGap: atB.share - atA.share,
		items,
		residual: gap - items.reduce((sum, item) => sum + item.index, 0)
	};
}
