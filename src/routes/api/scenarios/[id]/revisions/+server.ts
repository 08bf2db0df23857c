import { endpoint } from '$lib/server/api/endpoint';
import { listRevisions } from '$lib/server/api/revisions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ params, url }) => listRevisions(params.id, url));
