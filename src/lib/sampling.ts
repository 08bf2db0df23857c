// How many paths each kind of run uses; shared by the server's first render and the worker.

/** Paths per run while a control is moving: smooth enough to read, fast enough to follow. */
export const QUICK_SAMPLES = 1000;
/** Sensitivity runs 2 × drivers evaluations; this many paths keeps it well inside a frame budget. */
export const TORNADO_SAMPLES = 4000;
/** A drag that pauses this long counts as settled, and the full count runs. */
export const SETTLE_AFTER_MS = 250;
