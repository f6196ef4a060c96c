/** A Notion page of the PRD or FSD data source as a normalized document (link = page URL, for de-duplication). */
import type { DocumentKind, DocumentRecord } from '../../../common/records';
import type { PageObjectResponse } from './client';

type PropertyValue = PageObjectResponse['properties'][string];

export interface DocumentOptions {
  kind: DocumentKind;
  statusProperty: string;
  doneValue: string;
  completedDateProperty?: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function findProperty(page: PageObjectResponse, name: string): PropertyValue | undefined {
  const key = Object.keys(page.properties).find((k) => same(k, name));
  return key === undefined ? undefined : page.properties[key];
}

export function titleOf(page: PageObjectResponse): string {
  const title = Object.values(page.properties).find((p) => p.type === 'title');
  return title?.type === 'title' ? title.title.map((t) => t.plain_text).join('') : '';
}

export function statusOf(property: PropertyValue | undefined): string {
  switch (property?.type) {
    case 'status':
      return property.status?.name ?? '';
    case 'select':
      return property.select?.name ?? '';
    case 'checkbox':
      return property.checkbox ? 'true' : 'false';
    default:
      return '';
  }
}

function dateOf(property: PropertyValue | undefined): number | undefined {
  const start = property?.type === 'date' ? property.date?.start : undefined;
  const at = start ? Date.parse(start) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

export const documentId = (pageId: string) => `notion:${pageId}`;

export function toDocument(page: PageObjectResponse, options: DocumentOptions): DocumentRecord {
  const status = statusOf(findProperty(page, options.statusProperty));
  const done = status !== '' && same(status, options.doneValue);
  const completedAt = done
    ? ((options.completedDateProperty ? dateOf(findProperty(page, options.completedDateProperty)) : undefined) ??
      Date.parse(page.last_edited_time))
    : undefined;
  return {
    id: documentId(page.id),
    source: 'notion',
    kind: options.kind,
    title: titleOf(page),
    status,
    createdAt: Date.parse(page.created_time),
    ...(completedAt !== undefined ? { completedAt } : {}),
    link: page.url,
  };
}
