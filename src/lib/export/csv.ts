// A chart's "show data" table as a CSV file (RFC 4180): the same numbers the screen shows, at
// full precision, written so that Excel and scripts read them back as numbers.

import type { DataTable } from '$lib/charts/types';
import { exportNumber } from './numbers';

/**
 * UTF-8's byte order mark: without it Excel reads a CSV in the system's code page, and Arabic
 * headers turn into mojibake. Other readers skip it.
 */
export const BOM = '\uFEFF';

/** RFC 4180's line break: Excel on every system and most parsers expect it. */
const EOL = '\r\n';

/**
 * A text that a spreadsheet would run as a formula (`=…`, `@…`, `+A1`, `-A1`) is written with a
 * leading apostrophe, the usual guard against formula injection. A signed number such as "+0.21"
 * is not a formula and stays as it is.
 */
function defused(text: string): string {
	if (/^[=@\t\r]/.test(text)) return `'${text}`;
	if (/^[+-]/.test(text) && !/^[+-]\d+(\.\d+)?$/.test(text)) return `'${text}`;
	return text;
}

/** One field: numbers plain, with a dot and an ASCII minus; text quoted when it has to be. */
export function csvField(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return exportNumber(value);
	const text = defused(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
	return cells.map(csvField).join(',');
}

/** The table's columns as the header line, then its rows; the caption names the file instead. */
export function csvText(table: {
	columns: DataTable['columns'];
	rows: readonly (readonly (string | number | null | undefined)[])[];
}): string {
	return BOM + [table.columns, ...table.rows].map(csvLine).join(EOL) + EOL;
}
