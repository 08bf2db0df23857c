// The application's version, as package.json states it: the workbook's provenance names it.

import { version } from '../../../package.json';

export const APP_VERSION: string = version;
