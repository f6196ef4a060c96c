/**
 * Notion as a record source: PRD and FSD documents from two data sources. A failing data source leaves the
 * other answering, with a warning notice naming it; when both fail the query fails with the first error.
 */
import type { Notice } from '../../../common/metricResult';
import type { DocumentKind, DocumentRecord, RecordKind } from '../../../common/records';
import type { NotionSettings } from '../../../common/settings';
import { badRequest, downstreamError } from '../../protocol/errors';
import type {
  FetchWindow,
  SourceContext,
  SourceHealth,
  SourceResourceRequest,
  SourceResult,
  SyncableSource,
  SyncBatch,
  SyncRequest,
} from '../types';
import type { NotionApi, NotionClientOptions } from './client';
import { toNotionError } from './errors';
import { fetchDocuments, missingProperties } from './fetchDocuments';
import { notionResource } from './resources';
import type { DocumentOptions } from './toDocument';
import { NOTION_PROVIDES } from './provides';
import { syncNotion } from './sync';

/** Waits and retries must end this long after a fetch starts (Grafana's query deadline is 30 s). */
export const NOTION_BUDGET_MS = 25_000;
/** The same for one sync batch, which no panel waits for; the run's signal may stop it sooner. */
const SYNC_BATCH_BUDGET_MS = 5 * 60_000;

export type NotionApiFactory = (options: NotionClientOptions) => NotionApi;

const LABEL: Record<'prd' | 'fsd', string> = { prd: 'PRD', fsd: 'FSD' };

export class NotionSource implements SyncableSource {
  readonly name = 'notion';
  readonly title = 'Notion';
  readonly provides = NOTION_PROVIDES;

  constructor(
    private readonly settings: NotionSettings,
    private readonly token: string | undefined,
    private readonly createApi: NotionApiFactory,
    private readonly clock: () => number = Date.now
  ) {}

  private api(source: SourceContext, budgetMs = NOTION_BUDGET_MS): NotionApi {
    if (!this.token) {
      throw badRequest(
        'Notion: no integration token saved. Paste the internal integration secret in the Notion section and save.'
      );
    }
    return this.createApi({
      token: this.token,
      apiUrl: this.settings.apiUrl,
      deadline: this.clock() + budgetMs,
      signal: source.signal,
      onRequest: () => source.telemetry.upstreamRequest('notion'),
      log: (message, fields) => source.logger.debug(message, fields),
      clock: this.clock,
    });
  }

  private dataSources(): Array<{ kind: 'prd' | 'fsd'; id: string }> {
    const ids: Array<[kind: 'prd' | 'fsd', id: string | undefined]> = [
      ['prd', this.settings.prdDataSourceId],
      ['fsd', this.settings.fsdDataSourceId],
    ];
    return ids.filter((e): e is ['prd' | 'fsd', string] => Boolean(e[1])).map(([kind, id]) => ({ kind, id }));
  }

  private documentOptions(kind: DocumentKind): DocumentOptions {
    return {
      kind,
      statusProperty: this.settings.statusProperty || 'Status',
      doneValue: this.settings.doneValue || 'Done',
      completedDateProperty: this.settings.completedDateProperty || undefined,
    };
  }

  private async load(api: NotionApi, kind: 'prd' | 'fsd', id: string, from: number): Promise<DocumentRecord[]> {
    const subject = `the ${LABEL[kind]} data source (${id})`;
    const options = this.documentOptions(kind);
    try {
      const schema = await api.getDataSource(id);
      const missing = missingProperties(schema.properties, options);
      if (missing.length > 0) {
        throw downstreamError(
          `Notion: ${subject} ${missing.join('; ')}. Fix the property names in the Notion section.`,
          400
        );
      }
      return await fetchDocuments(api, id, options, from);
    } catch (err) {
      throw err instanceof Error && err.name === 'QueryError'
        ? err
        : toNotionError(err, subject, options.statusProperty);
    }
  }

  async fetch(window: FetchWindow, kinds: readonly RecordKind[], source: SourceContext): Promise<SourceResult> {
    if (!kinds.includes('documents')) {
      return { records: {}, notices: [] };
    }
    const targets = this.dataSources();
    if (targets.length === 0) {
      throw badRequest('Notion: no PRD or FSD data source is configured. Pick them in the Notion section.');
    }
    const api = this.api(source);
    const settled = await Promise.allSettled(targets.map((t) => this.load(api, t.kind, t.id, window.from)));
    const notices: Notice[] = [];
    const documents: DocumentRecord[] = [];
    const errors: unknown[] = [];
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') {
        documents.push(...s.value);
      } else {
        errors.push(s.reason);
        const message = s.reason instanceof Error ? s.reason.message : String(s.reason);
        notices.push({
          severity: 'warning',
          text: `${message} The other Notion data source still answered; ${LABEL[targets[i].kind]}s are missing.`,
        });
      }
    });
    if (errors.length === targets.length) {
      throw errors[0];
    }
    return { records: { documents }, notices };
  }

  async *sync(request: SyncRequest, source: SourceContext): AsyncIterable<SyncBatch> {
    const targets = this.dataSources().map((t) => ({ ...t, subject: `the ${LABEL[t.kind]} data source (${t.id})` }));
    if (targets.length === 0) {
      throw badRequest('Notion: no PRD or FSD data source is configured. Pick them in the Notion section.');
    }
    yield* syncNotion(
      {
        targets,
        api: () => this.api(source, SYNC_BATCH_BUDGET_MS),
        load: (api, kind, id, from) => this.load(api, kind, id, from),
      },
      request,
      source
    );
  }

  async checkHealth(source: SourceContext): Promise<SourceHealth> {
    let api: NotionApi;
    let me: string;
    try {
      api = this.api(source);
      me = await api.me();
    } catch (err) {
      return {
        status: 'error',
        message:
          err instanceof Error && err.name === 'QueryError'
            ? err.message
            : toNotionError(err, 'the integration').message,
      };
    }
    const targets = this.dataSources();
    if (targets.length === 0) {
      return { status: 'error', message: `Notion: connected as ${me}, but no PRD or FSD data source is configured.` };
    }
    const problems = await Promise.all(
      targets.map(async ({ kind, id }) => {
        const subject = `the ${LABEL[kind]} data source (${id})`;
        try {
          const missing = missingProperties((await api.getDataSource(id)).properties, this.documentOptions(kind));
          return missing.map((m) => `${subject} ${m}`);
        } catch (err) {
          return [toNotionError(err, subject).message];
        }
      })
    );
    const flat = problems.flat();
    return flat.length > 0
      ? { status: 'error', message: `Notion: ${flat.join('; ')}` }
      : { status: 'ok', message: `Notion: connected as ${me}; ${targets.length} data source(s) checked` };
  }

  async resource(request: SourceResourceRequest, source: SourceContext): Promise<unknown> {
    return notionResource(this.api(source), request);
  }

  dispose(): void {}
}
