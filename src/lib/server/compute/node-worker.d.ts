// `import script from './x.worker.ts?node-worker'`: the worker file bundled for worker_threads
// (vite-node-worker.ts at the repository root's scripts/), as the URL to give `new Worker`.
declare module '*?node-worker' {
	const script: URL;
	export default script;
}
