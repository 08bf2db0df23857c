import { endpoint } from '$lib/server/api/endpoint';
import { listResolutions, resolveQuestion } from '$lib/server/forecasts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ params }) => listResolutions(params.modelId));
export const POST: RequestHandler = endpoint(({ params, request }) => resolveQuestion(params.modelId, request));
