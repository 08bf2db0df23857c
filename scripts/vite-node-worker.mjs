// Vite plugin: `import script from './x.worker.ts?node-worker'` gives that file bundled (esbuild:
// one ES module, `$lib` resolved, node built-ins left as imports) as a `data:` URL for
// node:worker_threads' `new Worker(url)`. The code travels inside the importing chunk, so nothing
// has to be copied beside it: adapter-node re-bundles the server from its imports alone, and a file
// only named by `new URL(…, import.meta.url)` would be left behind. The same in dev, vitest and
// `node build`. The server's simulations run in such workers (src/lib/server/compute).

import { build } from 'esbuild';
import path from 'node:path';

const SUFFIX = '?node-worker';
const PREFIX = '\0node-worker:';

/**
 * @param {string} entry
 * @param {string} libDir
 * @returns {Promise<{ code: string; inputs: string[] }>}
 */
async function bundle(entry, libDir) {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		write: false,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		metafile: true,
		logLevel: 'silent',
		plugins: [
			{
				name: 'lib-alias',
				setup(b) {
					b.onResolve({ filter: /^\$lib(\/|$)/ }, async (args) =>
						b.resolve('./' + path.relative(args.resolveDir, path.join(libDir, args.path.slice(4))), {
							kind: args.kind,
							resolveDir: args.resolveDir
						})
					);
				}
			}
		]
	});
	return {
		code: result.outputFiles[0].text,
		inputs: Object.keys(result.metafile.inputs).map((file) => path.resolve(file))
	};
}

/**
 * @param {{ libDir: string }} options
 * @returns {import('vite').Plugin}
 */
export function nodeWorker(options) {
	return {
		name: 'scenario-desk:node-worker',
		// Before Vite's own resolver, which would otherwise load the file itself, query and all.
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return resolved ? PREFIX + resolved.id : null;
		},
		async load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const { code, inputs } = await bundle(id.slice(PREFIX.length), options.libDir);
			for (const input of inputs) this.addWatchFile(input);
			const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
			return `export default new URL(${JSON.stringify(url)});`;
		}
	};
}
