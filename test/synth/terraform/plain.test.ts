// The Terraform JSON written directly (plain.ts: `aifactory synth`, plan, synthesizeTerraform) against cdktf's own
// synthesis of the same stacks (stack.ts: the app `cdktf synth` runs): the same objects, key for key, and the same
// files, byte for byte. test/synth/terraform/cdktf-cli.test.ts compares with the real `cdktf synth` as well.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { programSize, scaleBlueprint } from "../../../bench/generate.js";
import { analyzeText, defaultBlueprintPath } from "../../../src/check/analyze.js";
import type { Finding } from "../../../src/findings/finding.js";
import type { ResolvedFactory } from "../../../src/model/types.js";
import { cdktfStackJson, cdktfTerraformFiles } from "../../../src/synth/terraform/cdktf-synth.js";
import { terraformFiles } from "../../../src/synth/terraform/files.js";
import { concernsCluster, findingsByCluster } from "../../../src/synth/terraform/finding-lines.js";
import { synthesizeTerraform } from "../../../src/synth/terraform/index.js";
import { stableJson } from "../../../src/synth/terraform/plain.js";
import { bundledBlueprintFiles, loadBundled } from "../kubernetes/bundled.js";
import { fixture } from "../../objects/fixture.js";
import { buildFactoryObjects } from "../../../src/objects/index.js";

/** A warning inside every other cluster and one factory-wide, so that manifest annotations are compared too. */
function someWarnings(model: ResolvedFactory): Finding[] {
  const clusters = model.sites.flatMap((s) => s.clusters);
  const inside = clusters
    .filter((_, i) => i % 2 === 0)
    .map((c): Finding => ({ code: "AIF-P902", severity: "warning", message: `near its cap: ${c.name}`, path: [...c.path, "pools", 0], fix: "" }));
  return [...inside, { code: "AIF-P903", severity: "warning", message: "program near its cap", path: ["spec", "program"], fix: "" }];
}

async function expectSameAsCdktf(model: ResolvedFactory, findings: readonly Finding[], profile: "default" | "kind", label: string) {
  const options = { file: "f.yaml" };
  const objects = buildFactoryObjects(model, { profile });
  const direct = synthesizeTerraform(objects, findings);
  const viaCdktf = cdktfStackJson(objects, findings, options);
  expect([...direct.keys()], label).toEqual([...viaCdktf.keys()]);
  for (const [name, json] of viaCdktf) expect(JSON.stringify(direct.get(name)), `${label} ${name}`).toBe(JSON.stringify(json));
  const files = [...(await terraformFiles(objects, findings, options))];
  const cdktfFiles = [...(await cdktfTerraformFiles(objects, findings, options))];
  expect(files.length, label).toBeGreaterThan(1);
  expect(files.map(([p]) => p), label).toEqual(cdktfFiles.map(([p]) => p));
  for (const [i, [path, content]] of cdktfFiles.entries()) expect(files[i]?.[1], `${label} ${path}`).toBe(content);
}

describe("Terraform JSON written directly = cdktf's synthesis", () => {
  it("every bundled blueprint, both profiles, with warnings inside clusters and factory-wide", async () => {
    for (const file of bundledBlueprintFiles()) {
      const model = await loadBundled(file);
      for (const profile of ["default", "kind"] as const) {
        await expectSameAsCdktf(model, [], profile, `${file} ${profile}`);
        await expectSameAsCdktf(model, someWarnings(model), profile, `${file} ${profile} warnings`);
      }
    }
  });

  it("the test fixture (kubeconfig paths, network operator CRDs) with its findings", async () => {
    const fx = fixture();
    await expectSameAsCdktf(fx.model, fx.findings, "default", "fixture");
  });

  it("a generated multi-cluster program (the benchmark's 3× the reference)", async () => {
    const reference = analyzeText(readFileSync(defaultBlueprintPath(), "utf8"), "reference.yaml");
    const program = scaleBlueprint(reference.blueprint!, 3);
    const analysis = analyzeText(stringify(program, { lineWidth: 0, aliasDuplicateObjects: false }), "program-x3.yaml");
    expect(programSize(program).clusters).toBeGreaterThan(50);
    await expectSameAsCdktf(analysis.model!, analysis.findings, "default", "program-x3");
  }, 60_000);

  it("goes through cdktf when a finding is an error, failing as cdktf synth does", async () => {
    const fx = fixture();
    const error: Finding = { code: "AIF-P901", severity: "error", message: "program over its cap", path: ["spec", "program"], fix: "" };
    await expect(terraformFiles(buildFactoryObjects(fx.model), [error], { file: "f.yaml" })).rejects.toThrow("error AIF-P901 program over its cap");
  });
});

describe("stableJson: cdktf's file format (json-stable-stringify, space 2)", () => {
  it("sorts keys (numeric-looking ones too), opens and closes empty objects and lists on two lines", () => {
    expect(stableJson({ b: [], a: {}, "10": 1, "9": [null, "x"] })).toBe(
      '{\n  "10": 1,\n  "9": [\n    null,\n    "x"\n  ],\n  "a": {\n  },\n  "b": [\n  ]\n}',
    );
  });

  it("is JSON that parses back to the value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(stableJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("findingsByCluster", () => {
  it("gives each cluster what concernsCluster gives it, in the findings' order", () => {
    const fx = fixture();
    const clusters = fx.model.sites.flatMap((s) => s.clusters);
    const paths = [[], ["spec"], ["spec", "sites", 0], ...clusters.map((c) => c.path), ...clusters.map((c) => [...c.path, "pools", 1, "name"])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paths), { maxLength: 12 }), (ps) => {
        const findings = ps.map((path, i): Finding => ({ code: `AIF-X${i}`, severity: "warning", message: "m", path, fix: "" }));
        const byCluster = findingsByCluster(findings, clusters);
        for (const c of clusters) expect(byCluster.get(c)).toEqual(findings.filter((f) => concernsCluster(f, c, clusters)));
      }),
    );
  });
});
