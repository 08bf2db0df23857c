// One table of an exported workbook: what a sheet holds, before any spreadsheet library sees it,
// so the tables can be checked in plain tests and written by exceljs in one place.

import type { DataTable } from '$lib/charts/types';

export type SheetCell = string | number | null;

export interface Sheet {
	/** A plain name for the table, the same in every language: the CLI's CSV files are named by it. */
	key: string;
	/** The tab's name: unique in its workbook, at most 31 characters (`sheetNames`). */
	name: string;
	/** What the table is, for the About sheet's list of contents. */
	caption: string;
	columns: string[];
	rows: SheetCell[][];
	/** Excel's number format for the numbers of this sheet; General when left out. */
	numberFormat?: string;
}

/** Two decimals, as the "show data" tables round; the full value stays in the cell. */
export const TWO_DECIMALS = '0.00';

export function tableSheet(key: string, name: string, table: DataTable): Sheet {
	return { key, name, caption: table.caption, columns: table.columns, rows: table.rows, numberFormat: TWO_DECIMALS };
}

/** Characters Excel refuses in a sheet's name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

/**
 * Names Excel accepts: forbidden characters replaced, at most 31 characters, and unique
 * (case-insensitively, as Excel compares them) by a number at the end.
 */
export function sheetNames(wanted: readonly string[]): string[] {
	const taken = new Set<string>();
	return wanted.map((name) => {
		const clean =
			name
				.replace(FORBIDDEN, ' ')
				.replace(/^'+|'+$/g, '')
				.trim() || 'Sheet';
		let candidate = [...clean].slice(0, MAX_NAME).join('');
		for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
			const suffix = ` (${n})`;
			candidate = [...clean].slice(0, MAX_NAME - suffix.length).join('') + suffix;
		}
		taken.add(candidate.toLowerCase());
		return candidate;
	});
}
