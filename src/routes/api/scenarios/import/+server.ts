import { importScenario } from '$lib/server/api/collection';
import { endpoint } from '$lib/server/api/endpoint';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ request, url }) => importScenario(request, url));
