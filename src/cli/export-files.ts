// `run --csv DIR` and `run --xlsx FILE`: the projection's tables as the dashboard's Excel button
// writes them (src/lib/export), one CSV per table named by its key, or one workbook.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvText } from '../lib/export/csv';
import { projectionSheets, type ProjectionExport } from '../lib/export/scenario-sheets';
import { projectionWorkbook } from '../lib/export/workbooks';

/** Writes `<key>.csv` for each table into `dir` (made if missing); returns the files written. */
export async function writeCsvFiles(input: ProjectionExport, dir: string): Promise<string[]> {
	await mkdir(dir, { recursive: true });
	const files: string[] = [];
	for (const sheet of projectionSheets(input)) {
		const file = path.join(dir, `${sheet.key}.csv`);
		await writeFile(file, csvText(sheet), 'utf8');
		files.push(file);
	}
	return files;
}

export async function writeWorkbookFile(input: ProjectionExport, file: string): Promise<void> {
	await mkdir(path.dirname(path.resolve(file)), { recursive: true });
	await writeFile(file, await projectionWorkbook(input));
}
