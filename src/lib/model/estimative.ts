// Words of estimative probability, after US Intelligence Community Directive 203. A judgment
// always carries its number too: the words alone hide too much.

import type { BilingualText } from './types';

export type EstimativeKey =
	'almost-no-chance' | 'very-unlikely' | 'unlikely' | 'roughly-even' | 'likely' | 'very-likely' | 'almost-certain';

export interface EstimativeTerm {
	key: EstimativeKey;
	/** Range the term covers, as probabilities. */
	min: number;
	max: number;
	/** Capitalised term, as it opens a judgment. */
	label: BilingualText;
}

export const ESTIMATIVE_TERMS: readonly EstimativeTerm[] = [
	{ key: 'almost-no-chance', min: 0.01, max: 0.05, label: { en: 'Almost no chance', ar: 'احتمال شبه معدوم' } },
	{ key: 'very-unlikely', min: 0.05, max: 0.2, label: { en: 'Very unlikely', ar: 'مستبعد جداً' } },
	{ key: 'unlikely', min: 0.2, max: 0.45, label: { en: 'Unlikely', ar: 'مستبعد' } },
	{ key: 'roughly-even', min: 0.45, max: 0.55, label: { en: 'Roughly even chance', ar: 'احتمال متكافئ تقريباً' } },
	{ key: 'likely', min: 0.55, max: 0.8, label: { en: 'Likely', ar: 'مرجّح' } },
	{ key: 'very-likely', min: 0.8, max: 0.95, label: { en: 'Very likely', ar: 'مرجّح جداً' } },
	{ key: 'almost-certain', min: 0.95, max: 0.99, label: { en: 'Almost certain', ar: 'شبه مؤكد' } }
];

/**
 * The term for a probability. ICD 203's ranges share their end points; a value on a boundary
 * takes the term nearer to even chance, the more cautious reading. Below 1% and above 99% keep
 * the extreme terms: the directive has nothing stronger.
 */
export function estimativeTerm(probability: number): EstimativeTerm {
	const p = Math.min(1, Math.max(0, probability));
	if (p < 0.05) return ESTIMATIVE_TERMS[0];
	if (p < 0.2) return ESTIMATIVE_TERMS[1];
	if (p < 0.45) return ESTIMATIVE_TERMS[2];
	if (p <= 0.55) return ESTIMATIVE_TERMS[3];
	if (p <= 0.8) return ESTIMATIVE_TERMS[4];
	if (p <= 0.95) return ESTIMATIVE_TERMS[5];
	return ESTIMATIVE_TERMS[6];
}

/** Whole percent, as judgments print it; never 0% or 100%, which no estimate can claim. */
export function percent(probability: number): string {
	const value = Math.round(probability * 100);
	if (value <= 0) return '<1%';
	if (value >= 100) return '>99%';
	return `${value}%`;
}
