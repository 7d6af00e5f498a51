// Aligned plain-text tables and Markdown tables.

export type Align = "left" | "right";

export interface Column {
  readonly header: string;
  readonly align?: Align;
}

/** Width as a terminal shows it: code points, ANSI colour codes excluded. */
export function visibleWidth(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

function pad(s: string, width: number, align: Align): string {
  const gap = " ".repeat(Math.max(0, width - visibleWidth(s)));
  return align === "right" ? gap + s : s + gap;
}

/** Lines of an aligned table, two spaces between columns, no trailing spaces. */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths = columns.map((c, i) => Math.max(visibleWidth(c.header), ...rows.map((r) => visibleWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    (indent + cells.map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align ?? "left")).join("  ")).trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}

/** Escapes what would break a Markdown table cell. */
export function mdCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function mdTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const head = `| ${columns.map((c) => mdCell(c.header)).join(" | ")} |`;
  const rule = `|${columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`;
  return [head, rule, ...rows.map((r) => `| ${columns.map((_, i) => mdCell(r[i] ?? "")).join(" | ")} |`)];
}
