/**
 * queryType `annotations`: releases, production deployments and incidents as Grafana annotations
 * (fields time, timeEnd, title, text, tags) for any dashboard.
 */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../common/query';
import { filterRecords } from '../../engine/lib/filterRecords';
import type { Frame } from '../../protocol/frames/frame';
import type { RecordKind, RecordSet } from '../../../common/records';
import type { QueryContext } from '../queryContext';
import type { ParsedQuery } from '../queryModel';

interface AnnotationRow {
  time: number;
  timeEnd: number;
  title: string;
  text: string;
  tags: string[];
}

const inRange = (query: ParsedQuery, start: number, end: number) => start < query.to && end >= query.from;

const RECORD_KIND: Record<AnnotationKind, RecordKind> = { release: 'releases', deployment: 'deployments', incident: 'incidents' };

export function annotationRows(query: ParsedQuery, records: RecordSet): AnnotationRow[] {
  const kinds = new Set<AnnotationKind>(query.annotationKinds?.length ? query.annotationKinds : ANNOTATION_KINDS);
  const filters = query.filters ?? {};
  const rows: AnnotationRow[] = [];

  if (kinds.has('release')) {
    for (const r of filterRecords(records.releases ?? [], filters, ['repo'])) {
      if (inRange(query, r.publishedAt, r.publishedAt)) {
        rows.push({ time: r.publishedAt, timeEnd: r.publishedAt, title: `Release ${r.tag}`, text: `${r.repo} ${r.name ?? r.tag}${r.prerelease ? ' (pre-release)' : ''}`, tags: ['release', r.repo] });
      }
    }
  }
  if (kinds.has('deployment')) {
    for (const d of filterRecords(records.deployments ?? [], filters, ['repo', 'team', 'service', 'environment'])) {
      const end = d.finishedAt ?? d.startedAt;
      if (d.production && inRange(query, d.startedAt, end)) {
        const changes = d.changeIds?.length ?? 0;
        rows.push({
          time: d.startedAt,
          timeEnd: end,
          title: `Deploy ${d.service} → ${d.environment} (${d.status})`,
          text: `${changes} change${changes === 1 ? '' : 's'} shipped${d.sha ? ` at ${d.sha.slice(0, 7)}` : ''}${d.unplanned ? '; unplanned (rework)' : ''}`,
          tags: ['deployment', d.service, d.status],
        });
      }
    }
  }
  if (kinds.has('incident')) {
    for (const i of filterRecords(records.incidents ?? [], filters, ['team', 'service'])) {
      const end = i.resolvedAt ?? query.to;
      if (inRange(query, i.openedAt, end)) {
        rows.push({
          time: i.openedAt,
          timeEnd: end,
          title: `Incident: ${i.title}`,
          text: `${i.severity}${i.service ? ` · ${i.service}` : ''}${i.resolvedAt ? '' : ' · still open'}`,
          tags: ['incident', i.severity, ...(i.service ? [i.service] : [])],
        });
      }
    }
  }
  return rows.sort((a, b) => a.time - b.time);
}

export async function annotationQuery(query: ParsedQuery, context: QueryContext): Promise<Frame[]> {
  const kinds = (query.annotationKinds?.length ? query.annotationKinds : ANNOTATION_KINDS).map((k) => RECORD_KIND[k]);
  const fetched = await context.instance.records({ from: query.from, to: query.to }, kinds, context.source);
  const rows = annotationRows(query, fetched.records);
  return [
    {
      name: 'annotations',
      meta: fetched.notices.length > 0 ? { notices: fetched.notices } : undefined,
      fields: [
        { name: 'time', type: 'time', values: rows.map((r) => r.time) },
        { name: 'timeEnd', type: 'time', values: rows.map((r) => r.timeEnd) },
        { name: 'title', type: 'string', values: rows.map((r) => r.title) },
        { name: 'text', type: 'string', values: rows.map((r) => r.text) },
        { name: 'tags', type: 'string', values: rows.map((r) => r.tags.join(',')) },
      ],
    },
  ];
}
