// One scenario's workbook: its sheets written to .xlsx, named after the scenario and the day.

import { isoDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { exportFileName } from './file-name';
import { projectionSheets, type ProjectionExport } from './scenario-sheets';
import { workbookBytes } from './workbook';

export function projectionWorkbook(input: ProjectionExport): Promise<Uint8Array> {
	const o = { locale: input.lang };
	return workbookBytes(projectionSheets(input), {
		rtl: input.lang === 'ar',
		title: `${input.model.title[input.lang]} — ${input.scenario.title[input.lang]}`,
		creator: m.app_name({}, o),
		created: input.exportedAt
	});
}

export function projectionWorkbookName(input: Pick<ProjectionExport, 'scenario' | 'lang' | 'exportedAt'>): string {
	return exportFileName(input.scenario.title[input.lang], isoDate(input.exportedAt ?? new Date()), 'xlsx');
}
