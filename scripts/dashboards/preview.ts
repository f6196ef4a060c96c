/** `npm run preview`: runs the generated dashboards' and alert rules' queries against the demo backend. */
import { printPreview } from './preview/printPreview';
import { runPreview } from './preview/runPreview';

const preview = runPreview();
printPreview(preview);
const failed =
  preview.queries.filter((r) => r.response.error).length +
  preview.rules.filter((r) => r.results.some((x) => x.response.error)).length;
process.exitCode = failed > 0 ? 1 : 0;
