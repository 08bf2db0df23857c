import { healthResponse } from '$lib/server/health/response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => healthResponse();
