// Vite plugin: `import script from './x.worker.ts?node-worker'` gives that file bundled (esbuild:
// one ES module, `$lib` resolved, node built-ins left as imports) as a `data:` URL for
// node:worker_threads' `new Worker(url)`. The code travels inside the importing chunk, so nothing
// has to be copied beside it: adapter-node re-bundles the server from its imports alone, and a file
// only named by `new URL(…, import.meta.url)` would be left behind. The same in dev, vitest and
// `node build`. The server's simulations run in such workers (src/lib/server/compute).

import { build } from 'esbuild';
import path from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?node-worker';
const PREFIX = '\0node-worker:';

async function bundle(entry: string, libDir: string): Promise<{ code: string; inputs: string[] }> {
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

export function nodeWorker(options: { libDir: string }): Plugin {
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
