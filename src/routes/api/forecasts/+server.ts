import { endpoint } from '$lib/server/api/endpoint';
import { getForecasts } from '$lib/server/forecasts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ url }) => getForecasts(url));
