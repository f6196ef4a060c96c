/** A panel's description (Markdown, shown in the panel's info tooltip): the catalog's texts for the metric. */
import type { CatalogEntry } from '../../common/catalog/types';
import { targetText } from './targetText';

export function panelDescription(entry: CatalogEntry): string {
  const target = targetText(entry);
  const band =
    entry.target?.warnFraction !== undefined
      ? ` (amber within ${Math.round(entry.target.warnFraction * 100)}% of it)`
      : '';
  return [
    `**${entry.title}** · owner: ${entry.owner} · target: ${target ? `${target}${band}` : 'none'}`,
    `**Definition.** ${entry.texts.definition}`,
    `**Why it matters.** ${entry.texts.why}`,
    `**Calculation.** ${entry.texts.calculation} Formula: \`${entry.formula}\`.`,
    `**Target.** ${target ? `${target}${band}; green meets it, amber is close, red misses it.` : 'No target; read the trend.'}`,
    `**Benchmark.** ${entry.texts.benchmark}`,
    `**Edge cases.** ${entry.texts.edgeCases}`,
  ].join('\n\n');
}

/** Descriptions of several metrics on one panel, separated by rules. */
export function panelsDescription(entries: readonly CatalogEntry[]): string {
  return entries.map(panelDescription).join('\n\n---\n\n');
}
