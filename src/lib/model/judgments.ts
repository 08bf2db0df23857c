// Key judgments: the few sentences a briefing opens with, in estimative words with numbers.

import { estimativeTerm, percent, type EstimativeTerm } from './estimative';
import { yearEndSteps, timeSteps } from './time';
import type { BilingualText, ModelInput, Projection } from './types';

export type JudgmentKind = 'at-least' | 'most-likely' | 'rupture-by';

export interface KeyJudgment {
	kind: JudgmentKind;
	/** Step the judgment speaks of. */
	step: number;
	year: number;
	outcome: string;
	probability: number;
	term: EstimativeTerm;
	text: BilingualText;
}

const DEFAULT_SUBJECT: BilingualText = { en: 'the outcome', ar: 'النتيجة' };

function sentence(
	kind: JudgmentKind,
	term: EstimativeTerm,
	probability: number,
	subject: BilingualText,
	outcome: BilingualText,
	year: number
): BilingualText {
	const p = percent(probability);
	switch (kind) {
		case 'at-least':
			return {
				en: `${term.label.en} (${p}) that ${subject.en} stands at “${outcome.en}” or better at the end of ${year}`,
				ar: `${term.label.ar} (${p}) أن تكون ${subject.ar} في مرحلة «${outcome.ar}» أو أفضل بنهاية ${year}`
			};
		case 'most-likely':
			return {
				en: `${term.label.en} (${p}) that ${subject.en} stands at “${outcome.en}” at the end of ${year}, the most likely single outcome`,
				ar: `${term.label.ar} (${p}) أن تكون ${subject.ar} في مرحلة «${outcome.ar}» بنهاية ${year}، وهي النتيجة الأرجح منفردةً`
			};
		case 'rupture-by':
			return {
				en: `${term.label.en} (${p}) that ${subject.en} falls to “${outcome.en}” at some point before the end of ${year}`,
				ar: `${term.label.ar} (${p}) أن تنحدر ${subject.ar} إلى مرحلة «${outcome.ar}» في وقت ما قبل نهاية ${year}`
			};
	}
}

/**
 * Judgments for a projection: the upper half of the outcomes at a mid-horizon year and at the
 * horizon, the most likely outcome at the horizon, and the risk of the worst outcome by then.
 */
export function keyJudgments(model: ModelInput, projection: Projection): KeyJudgment[] {
	const years = yearEndSteps(timeSteps(model.horizon));
	if (years.length === 0) return [];
	const subject = model.subject ?? DEFAULT_SUBJECT;
	const outcomes = model.outcomes;
	const pivot = Math.floor(outcomes.length / 2);
	const horizon = years[years.length - 1];
	const middle = years[Math.min(years.length - 1, Math.floor((years.length - 1) / 2))];

	const make = (
		kind: JudgmentKind,
		at: { year: number; step: number },
		outcomeIndex: number,
		probability: number
	): KeyJudgment => {
		const term = estimativeTerm(probability);
		const outcome = outcomes[outcomeIndex];
		return {
			kind,
			step: at.step,
			year: at.year,
			outcome: outcome.id,
			probability,
			term,
			text: sentence(kind, term, probability, subject, outcome.label, at.year)
		};
	};
	const atLeast = (at: { step: number }) =>
		outcomes.slice(pivot).reduce((sum, o) => sum + projection.stateProbabilities[o.id][at.step], 0);

	const judgments: KeyJudgment[] = [];
	if (middle.step !== horizon.step) judgments.push(make('at-least', middle, pivot, atLeast(middle)));
	judgments.push(make('at-least', horizon, pivot, atLeast(horizon)));
	let modal = 0;
	outcomes.forEach((o, i) => {
		if (
			projection.stateProbabilities[o.id][horizon.step] >
			projection.stateProbabilities[outcomes[modal].id][horizon.step]
		)
			modal = i;
	});
	judgments.push(make('most-likely', horizon, modal, projection.stateProbabilities[outcomes[modal].id][horizon.step]));
	judgments.push(make('rupture-by', horizon, 0, projection.ruptureRisk[horizon.step]));
	return judgments;
}
