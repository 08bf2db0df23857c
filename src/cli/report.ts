// The text that `run` prints: key judgments, then outcome probabilities at the first step and
// at the end of each year, in aligned columns.

import type { AnalyticConfidence } from '../lib/evidence/index';
import { MINUS, percentText } from '../lib/format/index';
import {
	keyJudgments,
	percent,
	timeSteps,
	yearEndSteps,
	type Locale,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Uncertainty
} from '../lib/model/index';

const words = {
	en: {
		judgments: 'Key judgments',
		table: 'Outcome probabilities (share of simulated paths)',
		step: 'Step',
		by: (o: string) => `${o} by then`,
		run: (seed: number, samples: number) => `seed ${seed}, ${samples} samples`,
		dependsOn: 'What the outcome depends on',
		sources: { ranges: 'ranges', events: 'events', unmodelled: 'unmodelled factors', interaction: 'interaction' },
		comma: ', '
	},
	ar: {
		judgments: 'الأحكام الرئيسية',
		table: 'احتمالات النتائج (نسبة المسارات المحاكاة)',
		step: 'الفترة',
		by: (o: string) => `${o} حتى تاريخه`,
		run: (seed: number, samples: number) => `البذرة ${seed}، ${samples} عينة`,
		dependsOn: 'علامَ تتوقف النتيجة',
		sources: { ranges: 'النطاقات', events: 'الأحداث', unmodelled: 'العوامل غير المنمذجة', interaction: 'التفاعل' },
		comma: '، '
	}
} satisfies Record<Locale, unknown>;

/** Columns as a terminal shows them: Arabic vowel marks take no width. */
function width(text: string): number {
	return text.replace(/\p{M}/gu, '').length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
	const fill = ' '.repeat(Math.max(0, size - width(text)));
	return align === 'left' ? text + fill : fill + text;
}

/** The first step and the last step of each calendar year, in order, without repeats. */
export function reportSteps(model: ModelInput): number[] {
	const ends = yearEndSteps(timeSteps(model.horizon)).map((y) => y.step);
	return [...new Set([0, ...ends])];
}

export function formatTable(header: string[], rows: string[][]): string[] {
	const sizes = header.map((cell, c) => Math.max(width(cell), ...rows.map((row) => width(row[c]))));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => pad(cell, sizes[c], c === 0 ? 'left' : 'right'))
			.join('  ')
			.trimEnd();
	return [line(header), ...rows.map(line)];
}

const SOURCES = ['ranges', 'events', 'unmodelled', 'interaction'] as const;

/**
 * "What the outcome depends on: ranges 41%, events 30%, unmodelled factors 27%, interaction 2%":
 * each source's share of the horizon index's variance; the interaction may be slightly negative.
 */
export function dependsOnLine(uncertainty: Uncertainty, lang: Locale): string {
	const t = words[lang];
	const shares = SOURCES.map(
		(source) => `${t.sources[source]} ${percentText(uncertainty[source]).replace('-', MINUS)}`
	);
	return `${t.dependsOn}: ${shares.join(t.comma)}`;
}

/** `confidence`, when given, follows the judgments it qualifies: one line, its level and reason. */
export function formatReport(
	model: ModelInput,
	scenario: ScenarioInput,
	projection: Projection,
	lang: Locale,
	confidence?: AnalyticConfidence
): string {
	const t = words[lang];
	const outcomes = model.outcomes;
	const header = [t.step, ...outcomes.map((o) => o.label[lang]), t.by(outcomes[0].label[lang])];
	const rows = reportSteps(model)
		.filter((step) => step < projection.times.length)
		.map((step) => [
			projection.times[step],
			...outcomes.map((o) => percent(projection.stateProbabilities[o.id][step])),
			percent(projection.ruptureRisk[step])
		]);
	return [
		`${model.title[lang]} — ${scenario.title[lang]}`,
		t.run(projection.seed, projection.samples),
		'',
		`${t.judgments}:`,
		...keyJudgments(model, projection).map((j) => `  • ${j.text[lang]}`),
		...(confidence ? [`  ${confidence.text[lang]}`] : []),
		'',
		dependsOnLine(projection.uncertainty, lang),
		'',
		`${t.table}:`,
		...formatTable(header, rows).map((line) => `  ${line}`),
		''
	].join('\n');
}
