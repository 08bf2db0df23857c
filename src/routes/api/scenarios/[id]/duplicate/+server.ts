import { endpoint } from '$lib/server/api/endpoint';
import { duplicateScenario } from '$lib/server/api/item';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ params, request }) => duplicateScenario(params.id, request));
