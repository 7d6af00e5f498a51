// The JSON output validates against schemas/plan.schema.json; the SARIF output against the SARIF 2.1.0 schema
// (sarif-2.1.0-rtm.5.json as shipped offline by @microsoft/jest-sarif, draft-04, hence ajv-draft-04).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { analyzeText, type Analysis } from "../../src/check/analyze.js";
import { buildFactoryObjects } from "../../src/objects/index.js";
import {
  buildPlan,
  buildSarif,
  costInput,
  diffCost,
  diffModels,
  diffTerraform,
  mergeTerraformPlan,
  parseTerraformPlan,
  renderJson,
  renderSarif,
} from "../../src/report/index.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { analyze, PLAN_FIXTURES, ROOT } from "./helpers.js";

const head = analyze(`${PLAN_FIXTURES}/valid-small.yaml`);
const base = analyze(`${PLAN_FIXTURES}/valid-small-base.yaml`);
const plan = buildPlan(head.model, head.findings, { file: head.file });
// A real Terraform diff with every action: a tenant renamed (delete, create), a tier's value changed (replace), a quota
// changed (update).
const review = (name: string) => analyze(`test/fixtures/plan-review/valid-${name}.yaml`);
const tf = (a: ReturnType<typeof review>) => synthesizeTerraform(buildFactoryObjects(a.model, { profile: "default" }), a.findings);
const reviewBase = review("base");
const reviewHead = analyzeText(
  readFileSync(`${ROOT}test/fixtures/plan-review/valid-renamed-tenant.yaml`, "utf8").replace("value: 100000", "value: 150000").replace("gpuQuota: 32", "gpuQuota: 48"),
  "head.yaml",
) as Analysis & { model: NonNullable<Analysis["model"]> };
const terraform = diffTerraform(tf(reviewBase), tf(reviewHead));
const tfPlan = parseTerraformPlan(readFileSync(`${ROOT}test/fixtures/plan-terraform/plan.json`, "utf8"));
if ("errors" in tfPlan) throw new Error("the Terraform plan fixture does not parse");
const smallText = readFileSync(`${ROOT}${PLAN_FIXTURES}/valid-small.yaml`, "utf8");
const priced = analyzeText(
  smallText.replace("  program:\n", "  program:\n    cost:\n      energyPriceUSDPerMWh: 50\n").replace("      pue: 1.15\n", "      pue: 1.15\n      energyPriceUSDPerMWh: 70\n"),
  "priced.yaml",
) as Analysis & { model: NonNullable<Analysis["model"]> };
const withCost = buildPlan(priced.model, priced.findings, { file: "priced.yaml", cost: costInput(priced.blueprint?.spec)! });
const withDiff = {
  ...withCost,
  diff: { ...diffModels(base.model, head.model, "base.yaml", { terraform }), cost: diffCost(undefined, withCost.cost) },
  terraformPlans: [mergeTerraformPlan("dev", "plan.json", tfPlan.plan, terraform[0], true), mergeTerraformPlan("dev", "plan.json", tfPlan.plan, undefined, false)],
};

const planSchema: unknown = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, "utf8"));
const require = createRequire(import.meta.url);
// Both are CommonJS with a default export; require gives the class and the plugin without interop guesswork.
const AjvDraft04 = (require("ajv-draft-04") as { default: typeof import("ajv-draft-04").default }).default;
const addFormats = (require("ajv-formats") as { default: typeof import("ajv-formats").default }).default;
const sarifSchemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const sarifSchema: unknown = JSON.parse(readFileSync(sarifSchemaPath, "utf8"));

function planValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(planSchema as object);
}

function sarifValidator() {
  // unicodeRegExp: false because rtm.5's language pattern is not a valid /u regular expression.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(sarifSchema as object);
}

describe("plan JSON", () => {
  const validate = planValidator();
  it("validates against schemas/plan.schema.json, with and without a diff", () => {
    for (const p of [plan, withDiff]) {
      const ok = validate(JSON.parse(renderJson(p)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("has a cost section and cost changes in the plan it validates", () => {
    expect(withDiff.cost?.sites.map((x) => x.energyPriceUSDPerMWh)).toEqual([50, 70]);
    expect(withDiff.diff.cost?.length).toBe(5);
  });

  it("has every Terraform action in the diff it validates", () => {
    expect(new Set(terraform.flatMap((s) => s.resources.map((r) => r.action)))).toEqual(new Set(["create", "update", "replace", "delete"]));
  });

  it("fails validation on an unknown field (the schema is closed)", () => {
    expect(validate({ ...JSON.parse(renderJson(plan)), extra: 1 })).toBe(false);
  });

  it("is stable: the same input renders the same bytes", () => {
    expect(renderJson(buildPlan(head.model, head.findings, { file: head.file }))).toBe(renderJson(plan));
  });
});

describe("SARIF", () => {
  const validate = sarifValidator();
  it("validates against the SARIF 2.1.0 schema", () => {
    const log: unknown = JSON.parse(renderSarif(plan));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a log the schema forbids (the validator is live)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it("locates each finding in its blueprint file and describes each rule with help text", () => {
    const log = buildSarif(plan) as { runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: unknown[] }[] };
    const run = log.runs[0];
    expect(run?.results).toHaveLength(plan.findings.length);
    const first = run?.results[0] as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    };
    const f = plan.findings[0];
    expect(first.ruleId).toBe(f?.code);
    expect(first.level).toBe(f?.severity === "info" ? "note" : f?.severity);
    expect(first.locations[0]?.physicalLocation.artifactLocation.uri).toBe(`${PLAN_FIXTURES}/valid-small.yaml`);
    expect(first.locations[0]?.physicalLocation.region).toEqual({ startLine: f?.line, startColumn: f?.column });
    const ids = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(ids).toEqual([...new Set(plan.findings.map((x) => x.code))].sort());
    expect(run?.tool.driver.rules.every((r) => r.help.text.length > 20)).toBe(true);
  });

  it("is valid with no findings and for findings without a position", () => {
    const none = buildSarif({ ...plan, findings: [] });
    expect(validate(none)).toBe(true);
    const unlocated = buildSarif({ ...plan, findings: [{ code: "AIF-P001", severity: "error", message: "m", path: "spec", fix: "f" }] });
    expect(validate(unlocated)).toBe(true);
  });
});
