// A setting's value as the comparison and the history write it: weights and the unmodelled
// factors as plain numbers, positions on the −1…+1 scale (assessment, its range, the trend)
// always with their sign ("+0.30 → +0.10"), chances in percent, the run's seed and paths as counts.

import { formatNumber, formatPercent, formatSigned, formatTableNumber } from '$lib/i18n/text';

const UNSIGNED = new Set(['weight', 'volatility', 'persistence']);

export function settingText(field: string, value: number): string {
	if (Number.isNaN(value)) return '—';
	if (field === 'probability') return formatPercent(value);
	if (field === 'value') return formatTableNumber(value);
	return UNSIGNED.has(field) ? formatNumber(value) : formatSigned(value);
}
