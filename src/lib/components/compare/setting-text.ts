// A setting's value as the comparison and the history write it: weights and the unmodelled
// factors as plain numbers, positions on the −1…+1 scale (assessment, its range, the trend)
// always with their sign ("+0.30 → +0.10"), chances in percent, the run's seed and paths as counts.

import { numberText, percentText, tableNumber } from '$lib/format';
import { uiLocale } from '$lib/i18n/text';
import type { Locale } from '$lib/model';

const UNSIGNED = new Set(['weight', 'volatility', 'persistence']);

/** `lang`: the page's language unless a file in another language is being written (PowerPoint). */
export function settingText(field: string, value: number, lang: Locale = uiLocale()): string {
	if (Number.isNaN(value)) return '—';
	if (field === 'probability') return percentText(value);
	if (field === 'value') return tableNumber(value, lang);
	return numberText(value, lang, !UNSIGNED.has(field));
}
