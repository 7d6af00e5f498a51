// Property-based: whatever the blueprint (bundled ones mutated, or generated), the loader, resolver, rules, security
// baseline, synthesizers and plan renderers never throw, and every failure is a finding with a code, located in the
// file. Cheap stages run on many cases, synthesis on fewer, Terraform (cdktf) on a few.
// Longer runs: AIFACTORY_PROPERTY_RUNS=10000 npx vitest run test/property   (10× the default counts)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { analyzeBlueprint, analyzeText, type Analysis } from "../../src/check/analyze.js";
import { hasErrors, type Finding } from "../../src/findings/finding.js";
import type { ResolvedFactory } from "../../src/model/types.js";
import { checkSecurityBaseline } from "../../src/policy/index.js";
import { buildPlan, diffModels, diffTerraform, renderJson, renderMarkdown, renderSarif, renderText } from "../../src/report/index.js";
import { renderKindConfig } from "../../src/synth/kind/config.js";
import { buildClusterObjects } from "../../src/objects/index.js";
import { kubernetesManifests } from "../../src/synth/kubernetes/manifests.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { BUNDLED, generatedBlueprint, generatedMutated, mutatedBundled, runs, type Plain } from "./arbitraries.js";
import { buildFactoryObjects } from "../../src/objects/index.js";

const CODE = /^AIF-(Y|S|IO|P|D|T|K|N|Q|R|SEC)\d{3}$/;
const SMALL = ["blueprints/dev-kind.yaml", "blueprints/first-gigawatt.yaml"];
const ALL = [...BUNDLED.keys()];

/** Every finding well-formed; text findings located in the file; no model without an error to say why. */
function expectWellFormed(a: Analysis, file: string, located: boolean): void {
  for (const f of a.findings) {
    expect(f.code).toMatch(CODE);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(5);
    expect(f.fix.length).toBeGreaterThan(5);
    if (located) {
      expect(f.location?.file, `${f.code} ${f.message}`).toBe(file);
      expect(f.location!.line).toBeGreaterThanOrEqual(1);
      expect(f.location!.column).toBeGreaterThanOrEqual(1);
    }
  }
  if (a.model === undefined) expect(a.findings.some((f) => f.severity === "error")).toBe(true);
}

/** Both front ends: the YAML text (JSON for NaN-free values is the same path) and the DSL object. */
function analyzeBoth(blueprint: Plain, file: string): Analysis {
  const text = analyzeText(stringify(blueprint), file);
  expectWellFormed(text, file, true);
  const dsl = analyzeBlueprint(blueprint as unknown as AIFactoryBlueprint, file);
  expectWellFormed(dsl, file, false);
  // The same blueprint says the same thing however it is given (codes; locations differ by nature).
  expect(dsl.model === undefined).toBe(text.model === undefined);
  return text;
}

/** Every renderer a model reaches: objects, manifests, kind configs, the baseline, the plan in every format. */
function renderAll(model: ResolvedFactory, findings: readonly Finding[], file: string): string[] {
  const out: string[] = [];
  for (const site of model.sites) {
    for (const cluster of site.clusters) {
      buildClusterObjects(model, cluster, { profile: "kind" });
      out.push(renderKindConfig(model, cluster));
    }
  }
  out.push(...kubernetesManifests(model, buildFactoryObjects(model)).values());
  checkSecurityBaseline(buildFactoryObjects(model));
  const plan = buildPlan(model, findings, { file });
  const withDiff = { ...plan, diff: diffModels(undefined, model, "base", { terraform: diffTerraform(new Map(), new Map()) }) };
  out.push(renderText(withDiff), renderMarkdown(withDiff), renderJson(withDiff), renderSarif(plan));
  return out;
}

describe("mutated bundled blueprints", () => {
  it("load, resolve and check without throwing; every finding has a code and a location", () => {
    fc.assert(
      fc.property(mutatedBundled(SMALL), ({ file, blueprint }) => {
        analyzeBoth(blueprint, file);
      }),
      { numRuns: runs(900) },
    );
  });

  it("the 10 GW reference too", () => {
    fc.assert(
      fc.property(mutatedBundled(["blueprints/openai-nvidia-10gw.yaml"]), ({ file, blueprint }) => {
        expectWellFormed(analyzeText(stringify(blueprint), file), file, true);
      }),
      { numRuns: runs(60) },
    );
  });

  it("synthesize YAML, kind configs and every plan format when they resolve", () => {
    let resolved = 0;
    fc.assert(
      fc.property(mutatedBundled(SMALL), ({ file, blueprint }) => {
        const a = analyzeText(stringify(blueprint), file);
        if (a.model === undefined) return;
        resolved++;
        for (const text of renderAll(a.model, a.findings, file)) expect(text).not.toMatch(/\bundefined\b|\[object Object\]/);
      }),
      { numRuns: runs(200) },
    );
    expect(resolved).toBeGreaterThan(runs(200) / 10);
  });

  // Terraform only for blueprints without errors, as synth and plan --base run it (two tiers of one name, an error,
  // would give two resources of one address, which synthesizeTerraform refuses).
  it("synthesize Terraform when they resolve without errors", () => {
    let resolved = 0;
    // The unmutated dev blueprint is among the choices so that, whatever the seed, some cases reach synthesis.
    const candidates = fc.oneof(
      mutatedBundled(["blueprints/dev-kind.yaml"]).map((m) => m.blueprint),
      generatedBlueprint,
      fc.constant(BUNDLED.get("blueprints/dev-kind.yaml") as Plain),
    );
    fc.assert(
      fc.property(candidates, (blueprint) => {
        const a = analyzeText(stringify(blueprint), "terraform.yaml");
        if (a.model === undefined || hasErrors(a.findings)) return;
        resolved++;
        const stacks = synthesizeTerraform(buildFactoryObjects(a.model), a.findings);
        expect(stacks.size).toBe(new Set(a.model.sites.flatMap((s) => s.clusters.map((c) => c.name))).size);
      }),
      { numRuns: runs(16) },
    );
    expect(resolved).toBeGreaterThan(0);
  });
});

describe("generated blueprints", () => {
  it("load, resolve and check without throwing; every finding has a code and a location", () => {
    fc.assert(
      fc.property(fc.oneof(generatedBlueprint, generatedMutated), (blueprint) => {
        analyzeBoth(blueprint, "generated.yaml");
      }),
      { numRuns: runs(500) },
    );
  });

  it("synthesize YAML, kind configs, the baseline and every plan format when they resolve", () => {
    let resolved = 0;
    fc.assert(
      fc.property(generatedBlueprint, (blueprint) => {
        const a = analyzeText(stringify(blueprint), "generated.yaml");
        if (a.model === undefined) return;
        resolved++;
        renderAll(a.model, a.findings, "generated.yaml");
      }),
      { numRuns: runs(120) },
    );
    // The generator is useful only if a fair share of its blueprints get past the schema.
    expect(resolved).toBeGreaterThan(runs(120) / 3);
  });

  it("the security baseline finds nothing to fix in what aifactory emits for any of them", () => {
    fc.assert(
      fc.property(generatedBlueprint, (blueprint) => {
        const a = analyzeText(stringify(blueprint), "generated.yaml");
        if (a.model === undefined) return;
        expect(a.findings.filter((f) => f.code.startsWith("AIF-SEC"))).toEqual([]);
      }),
      { numRuns: runs(100) },
    );
  });
});

it("covers every bundled blueprint", () => {
  expect(ALL.length).toBeGreaterThanOrEqual(3);
});
