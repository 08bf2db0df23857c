// A small pool of worker threads for the server's simulations, so that a heavy page never holds
// the thread that answers other requests. Jobs wait in a bounded queue; one that cannot be queued,
// or is not done by its deadline, fails with ComputeBusy (the caller answers 503 + Retry-After).
// A job past its deadline while running has its thread terminated and replaced: the work stops.
// Background jobs (work nobody waits for, such as the forecast record's) never hold a page back:
// they start only on a thread nothing else wants, take no place in the bounded queue, and a
// page's job that finds every thread busy stops one running a background job, which starts over
// later.

import { Worker } from 'node:worker_threads';
import type { ComputeJob, ComputeResult } from './jobs';
import type { JobMessage, JobReply } from './engine.worker';

export interface PoolOptions {
	/** The worker script (the bundled engine.worker). */
	script: URL;
	threads: number;
	/** Jobs waiting beyond those running; one more is refused. */
	maxQueue: number;
	/** From the moment a job is asked for, queue time included. */
	deadlineMs: number;
}

/** The server is too busy for this job now; `retryAfterSeconds` is a fair time to try again. */
export class ComputeBusy extends Error {
	constructor(
		readonly reason: 'queue-full' | 'deadline',
		readonly retryAfterSeconds: number
	) {
		super(reason === 'queue-full' ? 'The server is busy with other simulations' : 'The simulation took too long');
	}
}

interface Task {
	id: number;
	job: ComputeJob;
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
	timer: ReturnType<typeof setTimeout> | undefined;
	slot?: Slot;
	background?: true;
}

interface Slot {
	worker: Worker;
	task: Task | null;
}

export class ComputePool {
	#slots: Slot[] = [];
	#queue: Task[] = [];
	#background: Task[] = [];
	#nextId = 1;
	#closed = false;

	constructor(readonly options: PoolOptions) {}

	get running(): number {
		return this.#slots.filter((s) => s.task).length;
	}

	get queued(): number {
		return this.#queue.length;
	}

	/** Background jobs waiting or stopped for a page's job, to start over when a thread is free. */
	get waitingInBackground(): number {
		return this.#background.length;
	}

	/** `deadlineMs`: this job's own, instead of the pool's. */
	run<J extends ComputeJob>(job: J, { deadlineMs = this.options.deadlineMs } = {}): Promise<ComputeResult<J>> {
		if (this.#closed) return Promise.reject(new Error('The compute pool is closed'));
		const idle = this.#idleSlot() ?? this.#preempted();
		if (!idle && this.#queue.length >= this.options.maxQueue)
			return Promise.reject(new ComputeBusy('queue-full', this.#retryAfter()));
		return new Promise((resolve, reject) => {
			const task: Task = { id: this.#nextId++, job, resolve: resolve as Task['resolve'], reject, timer: undefined };
			task.timer = setTimeout(() => this.#expire(task), deadlineMs);
			task.timer.unref?.();
			if (idle) this.#start(idle, task);
			else this.#queue.push(task);
		});
	}

	/** A job nobody waits for: no deadline, no place in the queue, run only when no page needs the thread. */
	runInBackground<J extends ComputeJob>(job: J): Promise<ComputeResult<J>> {
		if (this.#closed) return Promise.reject(new Error('The compute pool is closed'));
		return new Promise((resolve, reject) => {
			const task: Task = { id: this.#nextId++, job, resolve: resolve as Task['resolve'], reject, timer: undefined };
			task.background = true;
			this.#background.push(task);
			const idle = this.#queue.length === 0 ? this.#idleSlot() : undefined;
			if (idle) this.#start(idle, this.#background.shift()!);
		});
	}

	/** Stops every thread; pending jobs fail. */
	async close(): Promise<void> {
		this.#closed = true;
		for (const task of [...this.#queue.splice(0), ...this.#background.splice(0)])
			this.#settle(task, new Error('The compute pool is closed'));
		await Promise.all(
			this.#slots.map((slot) => {
				if (slot.task) this.#settle(slot.task, new Error('The compute pool is closed'));
				return slot.worker.terminate();
			})
		);
		this.#slots = [];
	}

	/** Seconds until a queued job could likely start: the deadline, at most a minute. */
	#retryAfter(): number {
		return Math.min(60, Math.max(1, Math.ceil(this.options.deadlineMs / 1000)));
	}

	#idleSlot(): Slot | undefined {
		const idle = this.#slots.find((s) => !s.task);
		if (idle) return idle;
		if (this.#slots.length >= this.options.threads) return undefined;
		const slot = this.#spawn();
		this.#slots.push(slot);
		return slot;
	}

	/** A thread taken from a background job for a page's: the job goes back to wait, first in line. */
	#preempted(): Slot | undefined {
		const slot = this.#slots.find((s) => s.task?.background);
		if (!slot?.task) return undefined;
		const stopped = slot.task;
		stopped.slot = undefined;
		slot.task = null;
		this.#background.unshift(stopped);
		this.#retire(slot);
		return this.#idleSlot();
	}

	#spawn(): Slot {
		const slot: Slot = { worker: new Worker(this.options.script), task: null };
		slot.worker.on('message', (reply: JobReply) => {
			const task = slot.task;
			if (!task || task.id !== reply.id) return;
			if (reply.ok) this.#settle(task, null, reply.result);
			else this.#settle(task, new Error(reply.error));
			this.#next(slot);
		});
		slot.worker.on('error', (error) => this.#replace(slot, error));
		// An idle pool must not keep the process alive (tests, the CLI, a graceful stop). After the
		// listeners: a 'message' listener added later refs the worker's port again, and the server
		// never ended on SIGTERM once a page had been simulated.
		slot.worker.unref();
		return slot;
	}

	#start(slot: Slot, task: Task): void {
		slot.task = task;
		task.slot = slot;
		const message: JobMessage = { id: task.id, job: task.job };
		slot.worker.postMessage(message);
	}

	#next(slot: Slot): void {
		slot.task = null;
		const task = this.#queue.shift() ?? this.#background.shift();
		if (task) this.#start(slot, task);
	}

	#settle(task: Task, error: Error | null, result?: unknown): void {
		clearTimeout(task.timer);
		task.slot = undefined;
		if (error) task.reject(error);
		else task.resolve(result);
	}

	#expire(task: Task): void {
		const queuedAt = this.#queue.indexOf(task);
		if (queuedAt >= 0) this.#queue.splice(queuedAt, 1);
		const slot = task.slot;
		this.#settle(task, new ComputeBusy('deadline', this.#retryAfter()));
		// Running: its thread is stopped (the work it does is wasted now) and a fresh one takes the queue.
		if (slot) this.#replace(slot, null);
	}

	/** Stops a thread and forgets it; false when it was gone already. */
	#retire(slot: Slot): boolean {
		const index = this.#slots.indexOf(slot);
		if (index < 0) return false;
		this.#slots.splice(index, 1);
		slot.worker.removeAllListeners();
		// A stopped thread may still report; nothing it says matters any more.
		slot.worker.on('error', () => {});
		void slot.worker.terminate();
		return true;
	}

	#replace(slot: Slot, error: Error | null): void {
		if (!this.#retire(slot)) return;
		if (slot.task && error) this.#settle(slot.task, error);
		slot.task = null;
		if (this.#closed) return;
		const task = this.#queue.shift() ?? this.#background.shift();
		if (task) {
			const fresh = this.#idleSlot();
			if (fresh) this.#start(fresh, task);
			else (task.background ? this.#background : this.#queue).unshift(task);
		}
	}
}
