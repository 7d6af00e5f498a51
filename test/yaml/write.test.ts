// Every YAML aifactory writes reads the same in a YAML 1.1 reader (kubectl, kind, the device plugin: go-yaml v2) as
// in a YAML 1.2 one: names and label values from the YAML 1.1 special set (yes, no, on, off, y, n, 0b101, 017,
// 1_000, 1:20, .inf, ~, null...) stay strings. The 1.1 reader is yaml's own with version "1.1".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";
import { renderKindConfig } from "../../src/synth/kind/config.js";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { kubernetesManifests } from "../../src/synth/kubernetes/manifests.js";
import { stringifyYaml } from "../../src/yaml/write.js";
import { runs } from "../property/arbitraries.js";

/** Strings a YAML 1.1 reader takes for booleans, numbers, null, timestamps or merge keys when plain. */
export const YAML11_SPECIAL = [
  "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
  "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "",
  "0b101", "0o17", "017", "0x1F", "1_000", "1:20", "-1:20:30", "190:20:30.15", "1e3", "6.8523015e+5", "+12", "-0",
  ".inf", "-.Inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "=",
] as const;

/** Those that are also DNS-1123 labels and Kubernetes label values: they can be blueprint names and labels. */
const NAMES = YAML11_SPECIAL.filter((s) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s));
const LABEL_VALUES = YAML11_SPECIAL.filter((s) => /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/.test(s) && s !== "");

/** Parses every document of a YAML text as 1.1 and as 1.2; they must agree, and nothing may be a Date. */
function expectSameIn11(text: string, where: string): void {
  const as12 = parseAllDocuments(text).map((d) => d.toJS() as unknown);
  const as11 = parseAllDocuments(text, { version: "1.1" }).map((d) => d.toJS() as unknown);
  expect(as11, where).toEqual(as12);
  const embedded = (v: unknown): void => {
    // ConfigMap data holding YAML (the device plugin's per-pool configs): read as 1.1 too.
    if (typeof v === "string" && /^version: /.test(v)) expectSameIn11(v, `${where} (embedded)`);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(embedded);
  };
  as12.forEach(embedded);
}

const devKind = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8");

describe("the shared YAML writer", () => {
  it("quotes each string of the YAML 1.1 special set, so that a 1.1 reader reads it back as a string", () => {
    const text = stringifyYaml({ values: [...YAML11_SPECIAL], keys: Object.fromEntries(YAML11_SPECIAL.map((s) => [s, s])) });
    const back = parseAllDocuments(text, { version: "1.1" })[0]!.toJS() as { values: string[]; keys: Record<string, string> };
    expect(back.values).toEqual([...YAML11_SPECIAL]);
    for (const s of YAML11_SPECIAL) expect(back.keys[s]).toBe(s);
  });

  it("property: blueprints named and labelled from the special set give manifests and kind configs a 1.1 reader reads the same", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom(...LABEL_VALUES), fc.constantFrom(...NAMES), (tenant, pool, label, key) => {
        const text = devKind
          .replace("- name: research", `- name: "${tenant}"`)
          .replace("- name: h100\n", `- name: "${pool}"\n`)
          .replace("workload: inference", `workload: "${label}"\n                ${key}: "${label}"`);
        const a = analyzeText(text, "special.yaml");
        fc.pre(a.model !== undefined && !a.findings.some((f) => f.severity === "error"));
        const model = a.model!;
        for (const profile of ["default", "kind"] as const) {
          for (const [path, content] of kubernetesManifests(model, buildFactoryObjects(model, { profile }))) expectSameIn11(content, path);
        }
        for (const cluster of model.sites.flatMap((s) => s.clusters)) expectSameIn11(renderKindConfig(model, cluster), `kind config ${cluster.name}`);
      }),
      { numRuns: runs(40) },
    );
  });

  it("fails on the old writer: a plain `no` would be read as false by kubectl", () => {
    const old = "metadata:\n  name: no\n";
    expect((parseAllDocuments(old, { version: "1.1" })[0]!.toJS() as { metadata: { name: unknown } }).metadata.name).toBe(false);
    expect(stringifyYaml({ metadata: { name: "no" } })).toBe('metadata:\n  name: "no"\n');
  });
});
