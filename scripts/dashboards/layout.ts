/**
 * Dashboard layout: sections (an expanded row followed by its panels) on Grafana's 24-column grid.
 * Panels get stable ids in order, so alert rules can link to them (`__panelId__`).
 */
import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

export interface LayoutPanel extends cog.Builder<dashboard.Panel> {
  id(id: number): this;
  span(w: number): this;
  height(h: number): this;
}

/** Panels of equal height laid out `perLine` to a line, each line filling the 24 columns. */
export interface PanelGroup {
  height: number;
  perLine: number;
  panels: LayoutPanel[];
}

export interface Section {
  title: string;
  groups: PanelGroup[];
}

const GRID_WIDTH = 24;

/** Widths for n panels, at most `perLine` per line, each line summing to 24 (earlier panels get the remainder). */
export function fillWidths(n: number, perLine: number): number[] {
  const widths: number[] = [];
  for (let start = 0; start < n; start += perLine) {
    const k = Math.min(perLine, n - start);
    const base = Math.floor(GRID_WIDTH / k);
    for (let i = 0; i < k; i++) {
      widths.push(base + (i < GRID_WIDTH - base * k ? 1 : 0));
    }
  }
  return widths;
}

/** Adds the sections to the dashboard; ids count up from 1 (rows included). */
export function addSections(builder: dashboard.DashboardBuilder, sections: readonly Section[]): void {
  let id = 1;
  for (const section of sections) {
    builder.withRow(new dashboard.RowBuilder(section.title).id(id++).collapsed(false));
    for (const group of section.groups) {
      const widths = fillWidths(group.panels.length, group.perLine);
      group.panels.forEach((panel, i) => {
        builder.withPanel(panel.id(id++).span(widths[i]).height(group.height));
      });
    }
  }
}
