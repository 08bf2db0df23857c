// The saved-scenario API as the server tests call it: the collection's address on a running
// server, a create that must succeed, the ids a listing returns, and an error body read as such.

import { expect } from 'vitest';
import type { ErrorResponse, SavedScenario, ScenarioListResponse, ScenarioResponse } from '../../src/lib/api/types';
import { baselineScenario, request, type RunningServer } from './harness';

/** `/api/scenarios` on a running server. */
export function collectionOf(server: RunningServer): string {
	return `${server.url}/api/scenarios`;
}

/** Creates a saved scenario (a preset-format file or an envelope) and expects 201. */
export async function createOn(
	server: RunningServer,
	body: unknown = baselineScenario(),
	headers: Record<string, string> = {}
): Promise<SavedScenario> {
	const response = await request(collectionOf(server), 'POST', body, headers);
	expect(response.status).toBe(201);
	return (response.json as ScenarioResponse).scenario;
}

/** The ids of a listing, in its order (`query` such as `?search=…`, `?trash=1`). */
export async function listIdsOn(server: RunningServer, query = ''): Promise<string[]> {
	const response = await request(`${collectionOf(server)}${query}`, 'GET');
	return (response.json as ScenarioListResponse).scenarios.map((s) => s.id);
}

export function errorOf(response: { json: unknown }): ErrorResponse {
	return response.json as ErrorResponse;
}
