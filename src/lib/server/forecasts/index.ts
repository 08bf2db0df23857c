// The forecast record on the server: filling it (fill.ts), reading and scoring it
// (track-record.ts), resolving questions (resolve.ts), the API's answers (record-api.ts).

export { fillForecasts } from './fill';
export { forecastingStore } from './forecasting-store';
export { trackRecord } from './track-record';
export { listResolutions, resolveQuestion } from './resolve';
export { getForecasts, getForecastsCsv } from './record-api';
export { loadTrackRecord } from './page';
