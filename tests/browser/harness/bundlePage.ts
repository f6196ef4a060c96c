import { build } from 'esbuild';
import path from 'node:path';

/**
 * Bundles the test page (the plugin's editors from source, React and @grafana/* included) into one IIFE.
 * The built module.js cannot be used: it is AMD with externals only Grafana resolves.
 */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    // stylesheets of components the editors do not use (date pickers, sliders, uPlot, Monaco) are left out
    loader: { '.css': 'empty', '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty' },
    absWorkingDir: path.resolve(__dirname, '../../..'),
  });
  return result.outputFiles[0].text;
}
