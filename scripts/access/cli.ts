/**
 * `npm run setup:access -- --url http://localhost:3000 --token <admin token> --members members.yaml`
 * Teams Engineering, Marketing, Leadership; members from the YAML file; folder permissions per department.
 */
import { parseArgs } from 'node:util';
import { GrafanaApi } from './grafanaApi';
import { readMembers } from './membersFile';
import { setupAccess } from './setupAccess';

export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
  fetchFn: typeof fetch = fetch
): Promise<number> {
  let values: { url?: string; token?: string; members?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { url: { type: 'string' }, token: { type: 'string' }, members: { type: 'string' } },
    }));
  } catch (e) {
    err(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const token = values.token ?? process.env.GRAFANA_TOKEN;
  if (!values.url || !token || !values.members) {
    err(
      'usage: npm run setup:access -- --url <grafana url> --token <org admin token (or $GRAFANA_TOKEN)> --members members.yaml'
    );
    return 2;
  }
  try {
    const report = await setupAccess(new GrafanaApi(values.url, token, fetchFn), readMembers(values.members));
    report.changes.forEach((c) => out(`changed: ${c}`));
    report.warnings.forEach((w) => out(`warning: ${w}`));
    out(
      report.changes.length === 0
        ? 'Access is already set up; nothing changed.'
        : `${report.changes.length} change(s) made.`
    );
    return 0;
  } catch (e) {
    err(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
