// For tests: the simulation worker's own script, run in this process. Its `self.onmessage` and
// `postMessage` are stood in for, and every message in either direction goes through
// structuredClone, as between threads, so a message that would not cross a real worker fails here.

import { vi } from 'vitest';
import type { CompareResponse, SimulationFailure, SimulationResponse, WorkerRequest } from './protocol';

export type WorkerReply = SimulationResponse | CompareResponse | SimulationFailure;

export interface InProcessWorker {
	/** Hands a request to the worker as the page's postMessage would. */
	send(request: WorkerRequest): void;
	/** Every reply so far, in order. */
	readonly replies: WorkerReply[];
	/** Called with each reply as it is posted. */
	onreply: ((reply: WorkerReply) => void) | null;
}

/** A fresh copy of the worker script (its own queue and draw cache); call vi.unstubAllGlobals() after. */
export async function loadWorker(): Promise<InProcessWorker> {
	const scope: { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null } = { onmessage: null };
	const worker: InProcessWorker = {
		replies: [],
		onreply: null,
		send(request) {
			if (!scope.onmessage) throw new Error('the worker script set no onmessage');
			scope.onmessage({ data: structuredClone(request) } as MessageEvent<WorkerRequest>);
		}
	};
	vi.stubGlobal('self', scope);
	vi.stubGlobal('postMessage', (message: WorkerReply) => {
		const copy = structuredClone(message);
		worker.replies.push(copy);
		worker.onreply?.(copy);
	});
	vi.resetModules();
	await import('./simulation.worker');
	return worker;
}
