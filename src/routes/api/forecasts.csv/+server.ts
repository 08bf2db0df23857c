import { endpoint } from '$lib/server/api/endpoint';
import { getForecastsCsv } from '$lib/server/forecasts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(() => getForecastsCsv());
