// The server's simulations: content-keyed cache, worker-thread pool, bounded paths (see each file).

export { closeCompute, compute, createCompute, type Compute } from './compute';
export { contentKey } from './content-key';
export { orBusyPage, BUSY_RETRY_AFTER_SECONDS } from './busy';
export { ComputeBusy, ComputePool } from './pool';
export { serverSamples } from './server-samples';
export type { ComputeJob, ComputeResult, Judged } from './jobs';
