// Sheets → an .xlsx file, with exceljs: the only module that touches the library, loaded by the
// browser on demand (the Excel button) and by the CLI. Headers bold and frozen, numbers as
// numbers, right-to-left sheets for Arabic.

import ExcelJS from 'exceljs';
import { exportValue } from './numbers';
import type { Sheet, SheetCell } from './sheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookOptions {
	/** Right-to-left sheets (Arabic): column A on the right, as Excel shows an Arabic workbook. */
	rtl: boolean;
	/** The file's title property: the scenario, or the comparison. */
	title: string;
	/** The application, for the file's creator property. */
	creator: string;
	created?: Date;
}

const cellValue = (cell: SheetCell) => (typeof cell === 'number' ? exportValue(cell) : cell);

/** Wide enough for the longest text of a column, within reason. */
function columnWidth(sheet: Sheet, col: number): number {
	const texts = [sheet.columns[col], ...sheet.rows.map((r) => r[col])];
	const longest = Math.max(...texts.map((t) => (typeof t === 'number' ? 10 : [...(t ?? '')].length)));
	return Math.min(60, Math.max(10, longest + 2));
}

export function buildWorkbook(sheets: readonly Sheet[], options: WorkbookOptions): ExcelJS.Workbook {
	const book = new ExcelJS.Workbook();
	book.creator = options.creator;
	book.title = options.title;
	book.created = options.created ?? new Date();
	for (const sheet of sheets) {
		const ws = book.addWorksheet(sheet.name, {
			views: [{ state: 'frozen', ySplit: 1, rightToLeft: options.rtl }]
		});
		ws.columns = sheet.columns.map((header, i) => ({ header, width: columnWidth(sheet, i) }));
		ws.getRow(1).font = { bold: true };
		for (const row of sheet.rows) {
			const added = ws.addRow(row.map(cellValue));
			if (!sheet.numberFormat) continue;
			added.eachCell((cell) => {
				if (typeof cell.value === 'number') cell.numFmt = sheet.numberFormat ?? '';
			});
		}
	}
	return book;
}

/** The .xlsx file's bytes. */
export async function workbookBytes(sheets: readonly Sheet[], options: WorkbookOptions): Promise<Uint8Array> {
	const buffer = await buildWorkbook(sheets, options).xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
