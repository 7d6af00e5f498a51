// The plan as a pull-request comment: summary and changes first, then findings, then details collapsed in
// <details>. Never longer than GitHub's comment limit: cluster details go first, then Terraform address lists,
// then findings past the first ones, and the comment says what it left out.
import { billions, energy, num, percent, plural, power } from "./format.js";
import { phaseGantt, powerBySitePie } from "./mermaid.js";
import type { Plan, PlanDiff } from "./plan-types.js";
import {
  anchorLines,
  catalogRows,
  clusterRows,
  diffTotalRows,
  energyLines,
  fundingLines,
  headroomRows,
  phaseRows,
  poolChangeRows,
  poolRows,
  siteRows,
  where,
  type Rows,
} from "./rows.js";
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT } from "./sources.js";
import { mdCell, mdTable } from "./table.js";

export interface MarkdownOptions {
  /** Largest output in characters. @default 65,536 (GitHub's comment limit) */
  readonly maxChars?: number;
}

/** How much of the long parts to show. */
interface Budget {
  readonly clusterDetails: number;
  readonly clusterRows: number;
  /** Rows of the pool-change and headroom-change tables. */
  readonly diffRows: number;
  readonly terraformAddresses: boolean;
  readonly findings: number;
}

const table = (r: Rows): string[] => mdTable(r.columns, r.rows);

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const full: Budget = {
    clusterDetails: plan.clusters.length,
    clusterRows: plan.clusters.length,
    diffRows: Math.max(
      plan.diff === undefined ? 0 : plan.diff.poolsAdded.length + plan.diff.poolsRemoved.length + plan.diff.poolsResized.length,
      plan.diff?.headroom.length ?? 0,
    ),
    terraformAddresses: true,
    findings: plan.findings.length,
  };
  const fits = (b: Budget) => render(plan, b).length <= max;
  if (fits(full)) return render(plan, full);

  /** The largest n in [0, hi] for which make(n) fits (0 when none does); rendering grows with n. */
  const most = (hi: number, make: (n: number) => Budget): number => {
    let lo = 0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(make(mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Shrink in order: pool details per cluster, rows of the cluster table, Terraform addresses, findings.
  let b: Budget = full;
  const steps: ((cur: Budget) => Budget)[] = [
    (cur) => ({ ...cur, clusterDetails: most(cur.clusterDetails, (n) => ({ ...cur, clusterDetails: n })) }),
    (cur) => ({ ...cur, clusterRows: most(cur.clusterRows, (n) => ({ ...cur, clusterRows: n })) }),
    (cur) => ({ ...cur, terraformAddresses: false }),
    (cur) => ({ ...cur, diffRows: most(cur.diffRows, (n) => ({ ...cur, diffRows: n })) }),
    (cur) => ({ ...cur, findings: most(cur.findings, (n) => ({ ...cur, findings: n })) }),
  ];
  for (const step of steps) {
    b = step(b);
    if (fits(b)) return render(plan, b);
  }
  // Last resort: cut, and say so.
  const out = render(plan, b);
  const note = "\n\n_Cut here to stay under GitHub's comment limit; run `aifactory plan` for the full report._\n";
  return out.slice(0, Math.max(0, max - note.length)) + note;
}

/** " · funding unlocked $10B" (per-GW tranches), " · equity $30B" (equity), nothing without a funding rule. */
function fundingHeadline(plan: Plan): string {
  const f = plan.funding;
  if (f === undefined) return "";
  return f.rule === "per-gw-tranches" ? ` · funding unlocked ${billions(f.unlockedBillionUSD)}` : ` · equity ${billions(f.equityBillionUSD)} (not tied to deployment)`;
}

function render(plan: Plan, budget: Budget): string {
  const s = plan.summary;
  const c = plan.findingCounts;
  const out: string[] = [COMMENT_MARKER, `## AI factory plan: \`${plan.blueprint.name}\``, ""];
  out.push(`Blueprint \`${plan.blueprint.file}\`${plan.blueprint.illustrative === undefined ? "" : ` — illustrative: ${mdCell(plan.blueprint.illustrative)}`}`, "");
  out.push(
    ...table({
      columns: [{ header: "program" }, { header: "planned", align: "right" }, { header: "cap", align: "right" }, { header: "of cap", align: "right" }],
      rows: [["facility power", power(s.facilityMW), power(s.capMW), `${percent(s.capPercent)} ${meter(s.capPercent)}`]],
    }),
    "",
  );
  out.push(
    [plural(s.gpus, "GPU"), plural(s.dies, "GPU die"), plural(s.racks, "rack"), plural(s.nodes, "node"), plural(s.clusters, "cluster"), plural(s.pools, "pool"), plural(s.sites, "site")]
      .map((x) => x.replace(/^([\d,]+)/, "**$1**"))
      .join(" · ") + ` · IT ${power(s.itMW)}`,
    "",
    `Findings: **${c.error}** error${c.error === 1 ? "" : "s"}, **${c.warning}** warning${c.warning === 1 ? "" : "s"}, **${c.info}** info` +
      fundingHeadline(plan) +
      ` · ${energy(plan.energy.facilityTWh)} a year`,
  );

  const cut: string[] = [];
  if (plan.diff !== undefined) out.push(...diffMarkdown(plan.diff, budget, cut));

  out.push("", "### Phases", "", ...table(phaseRows(plan)), "", ...phaseGantt(plan));
  out.push("", "### Sites", "", ...table(siteRows(plan)), "", ...powerBySitePie(plan));
  out.push(
    "",
    plan.funding === undefined ? "### Energy" : "### Funding and energy",
    "",
    ...fundingLines(plan).map((l) => `- ${l}`),
    ...energyLines(plan).map((l) => `- ${l.trim()}`),
  );
  const anchors = anchorLines(plan);
  if (anchors.length > 0) out.push("", "### Public anchors", "", ...anchors.map((l) => (l.startsWith("  ") ? `  - ${l.trim()}` : `- ${l}`)));

  out.push("", `### Findings (${c.error + c.warning + c.info})`, "");
  if (plan.findings.length === 0) out.push("No findings.");
  else {
    const shown = plan.findings.slice(0, budget.findings);
    const rows = table({
      columns: [{ header: "severity" }, { header: "code" }, { header: "where" }, { header: "message" }, { header: "fix" }],
      rows: shown.map((f) => [`${icon(f.severity)} ${f.severity}`, f.code, `\`${where(f)}\``, f.message, f.fix]),
    });
    out.push(...(shown.length > 20 ? details(`${shown.length} findings`, rows) : rows));
    if (shown.length < plan.findings.length) cut.push(`${plan.findings.length - shown.length} of ${plan.findings.length} findings`);
  }

  out.push("", "### Details", "");
  const overview = clusterRows(plan);
  out.push(...details(plural(plan.clusters.length, "cluster"), table({ ...overview, rows: overview.rows.slice(0, budget.clusterRows) })));
  if (budget.clusterRows < plan.clusters.length) cut.push(`${plan.clusters.length - budget.clusterRows} rows of the cluster table`);
  for (const cl of plan.clusters.slice(0, budget.clusterDetails)) {
    out.push(
      ...details(
        `cluster <code>${cl.name}</code> (${cl.site}): ${plural(cl.pools.length, "pool")}, ${plural(cl.totals.nodes, "node")}, ${plural(cl.totals.gpus, "GPU")}, ${power(cl.totals.facilityMW)}`,
        table(poolRows(cl)),
      ),
    );
  }
  if (budget.clusterDetails < plan.clusters.length) {
    cut.push(`pool details of ${plan.clusters.length - budget.clusterDetails} of ${plan.clusters.length} clusters`);
  }
  const cat = catalogRows(plan);
  if (cat.rows.length > 0) out.push(...details(`catalog figures: ${cat.rows.length} overridden or UNCONFIRMED`, table(cat)));
  else out.push("Catalog figures: no override, no UNCONFIRMED figure.");

  if (cut.length > 0) {
    out.push(
      "",
      `> [!NOTE]\n> Left out to stay under GitHub's ${num(GITHUB_COMMENT_LIMIT)}-character comment limit: ${cut.join("; ")}. ` +
        "Run `aifactory plan` (or `--format json`) for the full report.",
    );
  }
  return `${out.join("\n")}\n`;
}

function diffMarkdown(diff: PlanDiff, budget: Budget, cut: string[]): string[] {
  const out = ["", `### Changes against \`${diff.base}\``, ""];
  if (diff.note !== undefined) out.push(`_${diff.note}_`, "");
  if (!diff.changed) return [...out, "No change."];
  if (diff.totals.length > 0) out.push(...table(diffTotalRows(diff)), "");
  const long = (title: string, r: Rows): string[] => {
    const shown = { ...r, rows: r.rows.slice(0, budget.diffRows) };
    if (shown.rows.length < r.rows.length) cut.push(`${r.rows.length - shown.rows.length} of ${r.rows.length} rows of ${title.toLowerCase()}`);
    return shown.rows.length > 20 ? details(`${title} (${r.rows.length})`, table(shown)) : [`**${title}**`, "", ...table(shown), ""];
  };
  const pools = poolChangeRows(diff);
  if (pools.rows.length > 0) out.push(...long("Pools", pools));
  if (diff.headroom.length > 0) out.push(...long("Headroom that changed", headroomRows(diff)));
  const tf = diff.terraform ?? [];
  if (tf.length > 0) {
    out.push("**Terraform**", "");
    out.push(
      ...table({
        columns: [{ header: "stack" }, { header: "status" }, { header: "added", align: "right" }, { header: "removed", align: "right" }, { header: "changed", align: "right" }],
        rows: tf.map((s) => [s.stack, s.status, num(s.added.length), num(s.removed.length), num(s.changed.length)]),
      }),
      "",
    );
    if (budget.terraformAddresses) {
      for (const s of tf) {
        const lines = [
          "```diff",
          ...s.added.map((a) => `+ ${a}`),
          ...s.removed.map((a) => `- ${a}`),
          ...s.changed.map((a) => `! ${a}`),
          "```",
        ];
        out.push(...details(`stack <code>${s.stack}</code>: resources by address`, lines));
      }
    } else {
      cut.push("Terraform addresses (counts kept)");
    }
  }
  return out;
}

function details(summary: string, body: readonly string[]): string[] {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>", ""];
}

function icon(severity: string): string {
  return severity === "error" ? "❌" : severity === "warning" ? "⚠️" : "ℹ️";
}

/** A ten-cell text meter for a table cell. */
function meter(p: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(p / 10)));
  return `\`${"█".repeat(filled)}${"░".repeat(10 - filled)}\``;
}
