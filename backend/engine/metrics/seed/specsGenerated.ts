import type { MetricResult, Notice } from '../../../../common/metricResult';
import type { DocumentKind, DocumentRecord, RecordSet, WorkItemRecord } from '../../../../common/records';
import { memoize } from '../../lib/memoize';
import type { MetricComputer, MetricRequest } from '../../types';
import { workItemsOfType } from '../flow/_lib/workItemColumns';
import { countItems } from './countItems';
import { dedupeSpecs, type DedupedSpecs } from './dedupeSpecs';

const LABEL: Record<Exclude<DocumentKind, 'other'>, string> = { prd: 'PRD', fsd: 'FSD' };

/** The de-duplicated specs of a kind. Memoized per (work items, documents, kind): shared and read-only. */
const specsOf = memoize(
  (workItems: readonly WorkItemRecord[] | undefined, documents: readonly DocumentRecord[] | undefined, kind: Exclude<DocumentKind, 'other'>): DedupedSpecs =>
    dedupeSpecs(
      workItemsOfType(workItems ?? [], kind),
      (documents ?? []).filter((doc) => doc.kind === kind)
    )
);

/**
 * PRDs/FSDs generated: Asana work items of the kind and Notion documents of the kind, de-duplicated
 * (see dedupeSpecs), counted at their earliest completion (or creation when
 * EngineOptions.documentDateBasis = 'created'). A notice says how many were merged.
 *
 * @example specsGenerated('prd')(records, { ...request, bucket: 'month' })
 */
export function specsGenerated(kind: Exclude<DocumentKind, 'other'>): MetricComputer {
  return (records: RecordSet, request: MetricRequest): MetricResult => {
    const { specs, mergedByLink, mergedByTitle } = specsOf(records.workItems, records.documents, kind);
    const basis = request.options.documentDateBasis ?? 'completed';
    const result = countItems(
      specs,
      (spec) => (basis === 'created' ? spec.createdAt : spec.completedAt),
      records,
      request
    );
    const notices: Notice[] = [];
    if (records.workItems !== undefined && records.documents !== undefined) {
      const merged = mergedByLink + mergedByTitle;
      notices.push({
        severity: 'info',
        text: `Merged ${merged} ${LABEL[kind]}(s) tracked in both Asana and Notion (${mergedByLink} by link, ${mergedByTitle} by title within 14 days).`,
      });
    }
    return { ...result, notices };
  };
}

/** PRDs Generated. */
export const prdsGenerated = specsGenerated('prd');

/** FSDs Generated. */
export const fsdsGenerated = specsGenerated('fsd');
