import { endpoint } from '$lib/server/api/endpoint';
import { exportScenario } from '$lib/server/api/export-file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ params, url }) => exportScenario(params.id, url));
