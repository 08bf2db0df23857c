// The model's clock: quarterly steps from the horizon's start month through its end month.

export const STEP_YEARS = 0.25;
const MONTHS_PER_STEP = 3;

export interface TimeSteps {
	/** `2025-Q3` style labels, one per step. */
	labels: string[];
	/** First month of each step, `YYYY-MM`. */
	months: string[];
	/** Years since the start, per step. */
	years: number[];
}

/** Months since year 0 for a `YYYY-MM` string; NaN when malformed. */
export function monthNumber(month: string): number {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match) return Number.NaN;
	const m = Number(match[2]);
	if (m < 1 || m > 12) return Number.NaN;
	return Number(match[1]) * 12 + (m - 1);
}

function monthString(n: number): string {
	const year = Math.floor(n / 12);
	const month = (n % 12) + 1;
	return `${year}-${String(month).padStart(2, '0')}`;
}

function quarterLabel(n: number): string {
	return `${Math.floor(n / 12)}-Q${Math.floor((n % 12) / 3) + 1}`;
}

export function timeSteps(horizon: { start: string; end: string }): TimeSteps {
	const start = monthNumber(horizon.start);
	const end = monthNumber(horizon.end);
	const labels: string[] = [];
	const months: string[] = [];
	const years: number[] = [];
	if (!Number.isFinite(start) || !Number.isFinite(end)) return { labels, months, years };
	for (let k = 0, n = start; n <= end; k++, n += MONTHS_PER_STEP) {
		labels.push(quarterLabel(n));
		months.push(monthString(n));
		years.push(k * STEP_YEARS);
	}
	return { labels, months, years };
}

/**
 * Index of the first step whose time (years since the start) is at or after `years`; `stepCount`
 * when none is. Steps are k·¼ year, and t/¼ = 4t is exact, so the comparison is exact too.
 */
export function firstStepAtOrAfter(years: number, stepCount: number): number {
	if (years <= 0) return 0;
	return Math.min(stepCount, Math.ceil(years / STEP_YEARS));
}

/** Index of the last step of each calendar year in the steps (the year's closing quarter). */
export function yearEndSteps(steps: TimeSteps): { year: number; step: number }[] {
	const result: { year: number; step: number }[] = [];
	steps.months.forEach((month, step) => {
		const year = Number(month.slice(0, 4));
		const last = result.at(-1);
		if (last && last.year === year) last.step = step;
		else result.push({ year, step });
	});
	return result;
}
