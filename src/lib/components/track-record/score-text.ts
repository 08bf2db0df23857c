// How the track record writes its numbers: scores to three decimals (Brier scores differ in the
// second), with a true minus, Western digits in both languages as the rest of the app.

const three = new Intl.NumberFormat('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

export function scoreText(value: number | null): string {
	return value === null ? '—' : three.format(value).replace('-', '−');
}

/** A probability or frequency as a whole percent. */
export function shareText(value: number | null): string {
	return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/** A bin's range, "30–40%". */
export function binText(from: number, to: number): string {
	return `${Math.round(from * 100)}–${Math.round(to * 100)}%`;
}
