import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bar, buildPlan, COMMENT_MARKER, GITHUB_COMMENT_LIMIT, renderMarkdown, renderText, type Plan } from "../../src/report/index.js";
import { analyze, expectGolden, PLAN_FIXTURES, ROOT } from "./helpers.js";

const small = analyze(`${PLAN_FIXTURES}/valid-small.yaml`);
const plan = buildPlan(small.model, small.findings, { file: small.file });

/** The small plan with its clusters and findings repeated: a plan far over the comment limit. */
function huge(times: number): Plan {
  const clusters = Array.from({ length: times }, (_, i) => plan.clusters.map((c) => ({ ...c, name: `${c.name}-${i}` }))).flat();
  const findings = Array.from({ length: times }, () => plan.findings).flat();
  return { ...plan, clusters, findings };
}

describe("text", () => {
  it("matches the golden file", () => {
    expectGolden("valid-small.txt", renderText(plan));
  });

  it("has no colour unless asked, and colours when asked", () => {
    expect(renderText(plan)).not.toContain("\u001b[");
    expect(renderText(plan, { color: true })).toContain("\u001b[33mwarning\u001b[39m");
  });

  it("draws the power bar to scale, clipped when over the cap", () => {
    expect(bar(50, 10)).toBe("[█████░░░░░]");
    expect(bar(0, 4)).toBe("[░░░░]");
    expect(bar(250, 4)).toBe("[████]");
  });
});

describe("markdown", () => {
  const md = renderMarkdown(plan);

  it("matches the golden file", () => {
    expectGolden("valid-small.md", md);
  });

  it("starts with the hidden marker CI finds its comment by, and has the Mermaid charts and collapsed details", () => {
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(md).toContain("```mermaid\npie showData");
    expect(md).toContain("```mermaid\ngantt");
    expect(md).toContain("section first");
    expect(md).toContain('"alpha (Oracle)" : ');
    expect(md).toMatch(/<details>\n<summary>cluster <code>alpha-train<\/code>/);
    expect(md).toContain("UNCONFIRMED");
    expect(md).toContain("override");
  });

  it("stays under the comment limit by leaving out details first, and says so", () => {
    const big = huge(400);
    const out = renderMarkdown(big);
    expect(renderMarkdown(big, { maxChars: 10_000_000 }).length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(out.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(out).toMatch(/Left out to stay under GitHub's 65,536-character comment limit: .*pool details per cluster \(800 of 800\)/);
    expect(out).toContain("### Phases");
    expect(out).toContain(`**${plan.findingCounts.warning}** warnings`);
  });

  it("drops later findings only when details are not enough, and says only that it does not fit when nothing does", () => {
    const out = renderMarkdown(huge(400), { maxChars: 12_000 });
    expect(out.length).toBeLessThanOrEqual(12_000);
    expect(out).toContain("### Findings");
    expect(out).toMatch(/Left out to stay under the 12,000-character limit \(--max-chars\): .*findings \(\d+ of 80\)/);
    const tiny = renderMarkdown(plan, { maxChars: 500 });
    expect(tiny.length).toBeLessThanOrEqual(500);
    expect(tiny).toContain("does not fit in the 500-character limit");
  });

  const reference = "blueprints/openai-nvidia-10gw.yaml";
  it.skipIf(!existsSync(`${ROOT}${reference}`))("keeps the 10 GW reference under the comment limit", () => {
    const ref = analyze(reference);
    const out = renderMarkdown(buildPlan(ref.model, ref.findings, { file: reference }));
    expect(out.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(out).toContain("### Phases");
  });
});
