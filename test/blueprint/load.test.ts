// Table tests over test/fixtures/load: every valid-* file loads clean, every invalid-* file yields
// exactly the expected findings (code, line, column) and no crash.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBlueprintText } from "../../src/blueprint/load.js";

const dir = new URL("../fixtures/load/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");

type Expected = readonly (readonly [code: string, line: number, column: number])[];

const INVALID: Readonly<Record<string, Expected>> = {
  "invalid-syntax.yaml": [["AIF-Y001", 14, 32]],
  "invalid-json-syntax.json": [["AIF-Y001", 19, 79]],
  "invalid-two-documents.yaml": [["AIF-Y002", 30, 1]],
  "invalid-duplicate-key.yaml": [["AIF-Y003", 17, 7]],
  "invalid-json-duplicate-key.json": [["AIF-Y003", 5, 41]],
  "invalid-alias-bomb.yaml": [["AIF-Y004", 1, 1]],
  "invalid-empty.yaml": [["AIF-Y005", 1, 1]],
  "invalid-list-at-top.yaml": [["AIF-Y006", 1, 1]],
  "invalid-tag.yaml": [["AIF-Y007", 21, 22]],
  "invalid-api-version.yaml": [["AIF-S001", 2, 13]],
  "invalid-kind.yaml": [["AIF-S002", 3, 7]],
  "invalid-bogus-field.yaml": [["AIF-S003", 30, 15]],
  "invalid-missing-field.yaml": [["AIF-S004", 26, 15]],
  "invalid-number-as-string.yaml": [["AIF-S005", 19, 22]],
  "invalid-version-as-number.yaml": [["AIF-S005", 24, 30]],
  "invalid-nan.yaml": [["AIF-S005", 19, 22]],
  "invalid-huge-number.json": [["AIF-S005", 14, 52]],
  "invalid-enum.yaml": [["AIF-S006", 20, 20]],
  "invalid-node-limit.yaml": [["AIF-S006", 25, 22]],
  "invalid-dns-name.yaml": [["AIF-S007", 26, 21]],
  "invalid-label-key.yaml": [["AIF-S007", 31, 29]],
  "invalid-zero-size.yaml": [["AIF-S008", 28, 22]],
  "invalid-negative-power.yaml": [["AIF-S008", 16, 27]],
  "invalid-racks-and-nodes.yaml": [["AIF-S009", 26, 15]],
  "invalid-no-halls.yaml": [["AIF-S010", 17, 14]],
  "invalid-many-errors.yaml": [
    ["AIF-S007", 5, 9],
    ["AIF-S006", 20, 20],
    ["AIF-S008", 28, 22],
  ],
};

const files = readdirSync(dir).sort();

describe("fixtures", () => {
  it("has an expectation for every invalid fixture and a fixture for every expectation", () => {
    expect(files.filter((f) => f.startsWith("invalid-"))).toEqual(Object.keys(INVALID).sort());
  });

  for (const file of files.filter((f) => f.startsWith("valid-"))) {
    it(`loads ${file} without findings`, () => {
      const result = loadBlueprintText(read(file), file);
      expect(result.findings).toEqual([]);
      expect(result.blueprint?.kind).toBe("AIFactory");
    });
  }

  for (const [file, expected] of Object.entries(INVALID)) {
    it(`fails when loading ${file}`, () => {
      const result = loadBlueprintText(read(file), file);
      expect(result.blueprint).toBeUndefined();
      const got = result.findings.map((f) => [f.code, f.location?.line, f.location?.column]);
      expect(got).toEqual(expected.map((e) => [...e]));
      for (const f of result.findings) {
        expect(f.severity).toBe("error");
        expect(f.location?.file).toBe(file);
        expect(f.fix.length).toBeGreaterThan(0);
      }
    });
  }
});

describe("messages", () => {
  const message = (file: string) => loadBlueprintText(read(file), file).findings.map((f) => `${f.message} | ${f.fix}`);

  it("names the unknown field, where it is, the allowed fields and the likely one", () => {
    expect(message("invalid-bogus-field.yaml")).toEqual([
      "unknown field `rack` in pool gpu-a; allowed: name, system, racks, nodes, hall, devicePlugin, labels, selector, taints | Did you mean `racks`?",
    ]);
  });

  it("names the supported apiVersion", () => {
    expect(message("invalid-api-version.yaml")[0]).toContain("unknown apiVersion `aifactory.dev/v2`; this aifactory reads aifactory.dev/v1alpha1");
  });

  it("lists enum values and suggests the closest", () => {
    expect(message("invalid-enum.yaml")).toEqual(['`cooling` of hall hall-a is "liquide"; allowed: liquid, air | Did you mean `liquid`?']);
  });

  it("explains DNS-1123 names and proposes a valid one", () => {
    const [m] = message("invalid-dns-name.yaml");
    expect(m).toContain("not a DNS-1123 label (lowercase letters, digits and '-'");
    expect(m).toContain("Use a valid name such as `gpu-a`.");
  });

  it("tells to quote a Kubernetes version YAML read as a number", () => {
    expect(message("invalid-version-as-number.yaml")[0]).toMatch(/must be a string, got 1\.3 \| Quote the value: kubernetesVersion: "1\.30"/);
  });

  it("reports NaN and Infinity as not finite", () => {
    expect(message("invalid-nan.yaml")[0]).toContain("must be a finite number, got NaN");
    expect(message("invalid-huge-number.json")[0]).toContain("must be a finite number, got Infinity");
  });

  it("states the bound of a range", () => {
    expect(message("invalid-zero-size.yaml")[0]).toBe("`racks` of pool gpu-a is 0; it must be ≥ 1 | Use a value ≥ 1.");
  });

  it("stops at the version check: no schema noise for an unknown apiVersion", () => {
    const text = read("invalid-api-version.yaml").replace("racks: 10", "racks: zero");
    expect(loadBlueprintText(text, "x.yaml").findings.map((f) => f.code)).toEqual(["AIF-S001"]);
  });

  it("fails when apiVersion and kind are missing, pointing at the document", () => {
    const text = "metadata:\n  name: x\n";
    const findings = loadBlueprintText(text, "x.yaml").findings;
    expect(findings.map((f) => [f.code, f.location?.line, f.location?.column])).toEqual([
      ["AIF-S001", 1, 1],
      ["AIF-S002", 1, 1],
    ]);
    expect(findings[0]?.message).toBe("missing apiVersion; this aifactory reads aifactory.dev/v1alpha1");
  });

  it("fails when the text is over the size limit, with its own code", () => {
    const findings = loadBlueprintText(read("valid-minimal.yaml"), "x.yaml", { maxBytes: 100 }).findings;
    expect(findings.map((f) => f.code)).toEqual(["AIF-IO003"]);
    expect(findings[0]?.message).toMatch(/^the file is \d+ bytes, over the 100-byte limit/);
  });

  it("fails when the text holds NUL bytes", () => {
    const findings = loadBlueprintText("apiVersion: x\nkind: \u0000\u0001", "x.yaml").findings;
    expect(findings.map((f) => [f.code, f.location?.line, f.location?.column])).toEqual([["AIF-IO004", 2, 7]]);
  });

  it("never throws on odd but parseable input", () => {
    const odd = ["42", '"text"', "null", "[]", "{}", "? [a, b]\n: c\n", "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nspec: 7\nmetadata: []\n"];
    for (const text of odd) {
      const result = loadBlueprintText(text, "x.yaml");
      expect(result.findings.length).toBeGreaterThan(0);
      expect(result.blueprint).toBeUndefined();
    }
  });
});
