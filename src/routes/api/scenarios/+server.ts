import { createScenario, listScenarios } from '$lib/server/api/collection';
import { endpoint } from '$lib/server/api/endpoint';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ url }) => listScenarios(url));
export const POST: RequestHandler = endpoint(({ request }) => createScenario(request));
