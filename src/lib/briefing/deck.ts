// Which slides a briefing has, in order, and how many reveal steps each takes. The presentation,
// the PowerPoint export and the tests all read this one plan, so a deck and its file agree.

import { COMPARE_CHART_KINDS, type CompareChartKind } from '$lib/charts/compare-registry';
import { scenarioChartKinds, type ScenarioChartKind } from '$lib/charts/registry';
import type { Tornado } from '$lib/model';
import type { SourcePick } from './sources';
import { assumptionSlides } from './assumptions-slide';

export type SlideSpec =
	| { kind: 'title' }
	/** Judgments appear one at a time: the audience reads each before the next. */
	| { kind: 'judgments'; count: number }
	/** A comparison's headline numbers at the horizon, with points against the reference. */
	| { kind: 'headlines' }
	| { kind: 'chart'; chart: ScenarioChartKind }
	/** The key assumptions with their tied values, `from` up to (not including) `to` of the scenario's list. */
	| { kind: 'assumptions'; page: number; pages: number; from: number; to: number }
	| { kind: 'drivers' }
	| { kind: 'events' }
	| { kind: 'sources'; picks: SourcePick[]; page: number; pages: number }
	/** Comparison charts reveal the reference scenario first, then each alternative. */
	| { kind: 'compare-chart'; chart: CompareChartKind; series: number }
	| { kind: 'gap'; other: number }
	| { kind: 'changes' }
	/** A saved revision's briefing: what changed in its outputs and settings since revision `from`. */
	| { kind: 'since'; from: number }
	/** What to watch — and what we saw: the model's indicators, their status and latest observations. */
	| { kind: 'signposts' };

export function stepsOf(slide: SlideSpec): number {
	if (slide.kind === 'judgments') return Math.max(1, slide.count);
	if (slide.kind === 'compare-chart') return Math.max(1, slide.series);
	return 1;
}

/** A stable id per slide, for element ids, tests and file names. */
export function slideId(slide: SlideSpec): string {
	switch (slide.kind) {
		case 'chart':
		case 'compare-chart':
			return `chart-${slide.chart}`;
		case 'sources':
			return `sources-${slide.page}`;
		case 'gap':
			return `gap-${slide.other}`;
		case 'assumptions':
			return `assumptions-${slide.page}`;
		default:
			return slide.kind;
	}
}

/** The plan as the presentation lists it: each slide's id, title and reveal steps. */
export function deckSlides(
	plan: readonly SlideSpec[],
	title: (spec: SlideSpec) => string
): { id: string; title: string; steps: number }[] {
	return plan.map((spec) => ({ id: slideId(spec), title: title(spec), steps: stepsOf(spec) }));
}

function sourceSlides(pages: SourcePick[][]): SlideSpec[] {
	return pages.map((picks, i) => ({ kind: 'sources', picks, page: i + 1, pages: pages.length }));
}

export interface ScenarioDeckInput {
	judgments: number;
	tornado: Tornado | null;
	/** Quotes, already split into slides (`paginate(pickSources(…))`). */
	sources: SourcePick[][];
	/** The earlier revision a saved revision's briefing compares itself with; none for a preset. */
	since?: number | null;
	/** How many key assumptions the scenario has (model's and its own); their slides come before the drivers. */
	assumptions?: number;
	/** A slide of the watch list: the model has indicators. */
	signposts?: boolean;
}

export function scenarioDeck({
	judgments,
	tornado,
	sources,
	since,
	signposts,
	assumptions = 0
}: ScenarioDeckInput): SlideSpec[] {
	// The tornado is computed with the projection on the server; a deck without one skips it.
	return [
		{ kind: 'title' },
		{ kind: 'judgments', count: judgments },
		...(since ? [{ kind: 'since', from: since } as const] : []),
		...scenarioChartKinds(tornado).map((chart): SlideSpec => ({ kind: 'chart', chart })),
		...assumptionSlides(assumptions),
		{ kind: 'drivers' },
		{ kind: 'events' },
		...(signposts ? [{ kind: 'signposts' } as const] : []),
		...sourceSlides(sources)
	];
}

export interface CompareDeckInput {
	judgments: number;
	/** Scenarios compared, 2–4, the reference first. */
	scenarios: number;
	sources: SourcePick[][];
}

/** The outcome probabilities over time, overlaid, first (the question a comparison answers), then the others. */
const COMPARE_DECK_CHARTS: readonly CompareChartKind[] = ['outcomes', ...COMPARE_CHART_KINDS];

export function compareDeck({ judgments, scenarios, sources }: CompareDeckInput): SlideSpec[] {
	return [
		{ kind: 'title' },
		{ kind: 'judgments', count: judgments },
		{ kind: 'headlines' },
		...COMPARE_DECK_CHARTS.map((chart): SlideSpec => ({ kind: 'compare-chart', chart, series: scenarios })),
		...Array.from({ length: Math.max(0, scenarios - 1) }, (_, i): SlideSpec => ({ kind: 'gap', other: i + 1 })),
		{ kind: 'changes' },
		...sourceSlides(sources)
	];
}
