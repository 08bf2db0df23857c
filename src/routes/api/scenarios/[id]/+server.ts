import { endpoint } from '$lib/server/api/endpoint';
import { getScenario, saveScenario, trashScenario } from '$lib/server/api/item';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ params }) => getScenario(params.id));
export const PUT: RequestHandler = endpoint(({ params, request }) => saveScenario(params.id, request));
export const DELETE: RequestHandler = endpoint(({ params }) => trashScenario(params.id));
