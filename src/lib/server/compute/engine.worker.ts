// A worker thread of the compute pool (pool.ts): runs one job at a time, as posted, and answers
// under the job's id. Loaded as one bundled file (vite-node-worker.ts builds it), never imported.

import { parentPort } from 'node:worker_threads';
import { runJob, type ComputeJob } from './jobs';

export interface JobMessage {
	id: number;
	job: ComputeJob;
}

export type JobReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('engine.worker runs only as a worker thread');

port.on('message', ({ id, job }: JobMessage) => {
	let reply: JobReply;
	try {
		reply = { id, ok: true, result: runJob(job) };
	} catch (error) {
		reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	port.postMessage(reply);
});
