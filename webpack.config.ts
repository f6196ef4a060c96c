/**
 * Extends the create-plugin webpack config the way create-plugin documents (a root config that wraps
 * .config/webpack/webpack.config.ts, which stays untouched): also copies the generated dashboards
 * (dashboards/*.json) into dist/dashboards/, where src/plugin.json `includes` point.
 */
import CopyWebpackPlugin from 'copy-webpack-plugin';
import path from 'path';
import type { Configuration } from 'webpack';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  return {
    ...base,
    plugins: [
      ...(base.plugins ?? []),
      new CopyWebpackPlugin({
        patterns: [{ from: 'dashboards/*.json', context: path.resolve(process.cwd()), to: '.' }],
      }),
    ],
  };
};

export default config;
