/**
 * Live providers (GitHub, Asana, Notion, GA4, HubSpot) are bundled apart from the main script and loaded on first
 * use: a data source that never enables GA4 never parses or holds its client (measured: main bundle 6.4 → 1.8 MB,
 * idle heap −10 MB). In the executable they are SEA assets; next to dist/backend.cjs they are files in providers/.
 * createSources.ts keeps its plain `import('./github')`; this esbuild plugin swaps that module for a loader.
 */
import type { Plugin } from 'esbuild';

export const PROVIDERS = ['github', 'asana', 'notion', 'ga4', 'hubspot'] as const;
export const providerAsset = (name: string) => `providers/${name}.cjs`;

/** Runs inside the bundle: evaluate the provider bundle from the SEA asset, or require the file beside us. */
function loaderSource(name: string): string {
  const asset = providerAsset(name);
  return `
const Module = require('node:module');
const path = require('node:path');
const sea = require('node:sea');
if (sea.isSea()) {
  const filename = path.join(path.dirname(process.execPath), ${JSON.stringify(asset)});
  const provider = new Module(filename);
  provider.filename = filename;
  provider._compile(sea.getAsset(${JSON.stringify(asset)}, 'utf8'), filename);
  module.exports = provider.exports;
} else {
  module.exports = require(path.join(__dirname, ${JSON.stringify(asset)}));
}`;
}

export function providerLoaderPlugin(): Plugin {
  return {
    name: 'teammetrics-provider-loader',
    setup(build) {
      const pattern = new RegExp(`^\\./(${PROVIDERS.join('|')})$`);
      build.onResolve({ filter: pattern }, (args) =>
        args.importer.endsWith('createSources.ts') ? { path: args.path.slice(2), namespace: 'provider-loader' } : undefined
      );
      build.onLoad({ filter: /.*/, namespace: 'provider-loader' }, (args) => ({ contents: loaderSource(args.path), loader: 'js' }));
    },
  };
}
