// How many paths each kind of run uses; shared by the server's first render and the worker.

/** Paths per run while a control is moving: smooth enough to read, fast enough to follow. */
export const QUICK_SAMPLES = 1000;
// The settled tornado has no count of its own: it runs on the scenario's own samples and seed, the
// same paths as the settled projection, so its as-set value is the key judgment's number.
/** A drag that pauses this long counts as settled, and the full count runs. */
export const SETTLE_AFTER_MS = 250;
