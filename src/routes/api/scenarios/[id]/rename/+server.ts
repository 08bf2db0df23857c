import { endpoint } from '$lib/server/api/endpoint';
import { renameScenario } from '$lib/server/api/item';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ params, request }) => renameScenario(params.id, request));
