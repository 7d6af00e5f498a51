// Whatever the input, analysis returns findings: never a crash, never a model with load errors.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { analyzeBlueprint, analyzeText } from "../../src/check/analyze.js";

const minimalText = readFileSync(new URL("../fixtures/load/valid-minimal.yaml", import.meta.url), "utf8");
const minimal = analyzeText(minimalText, "m.yaml").blueprint as AIFactoryBlueprint;

/** Every path into the minimal blueprint, for mutation. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const allPaths = paths(minimal).filter((p) => p.length > 0);

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

const oddValue = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e308, "", "100", "Hall_A", null, true, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

describe("robustness", () => {
  it("reports findings for any value at any path of a blueprint, never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), oddValue, (path, value) => {
        const mutated = setAt(minimal, path, value);
        for (const a of [analyzeBlueprint(mutated as AIFactoryBlueprint, "m.ts"), analyzeText(stringify(mutated), "m.yaml")]) {
          const errors = a.findings.filter((f) => f.severity === "error");
          if (a.model === undefined) expect(errors.length).toBeGreaterThan(0);
          for (const f of a.findings) expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports findings for arbitrary text, never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = analyzeText(text, "x.yaml");
        expect(a.model === undefined ? a.findings.length > 0 : true).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
