import { endpoint } from '$lib/server/api/endpoint';
import { undeleteScenario } from '$lib/server/api/item';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ params, request }) => undeleteScenario(params.id, request));
