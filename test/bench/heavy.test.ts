// The heavy programs the benchmark measures are valid blueprints of the size asked, split into clusters as said.
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { heavyBlueprint } from "../../bench/heavy.js";
import { programSize } from "../../bench/generate.js";
import { analyzeText } from "../../src/check/analyze.js";

describe("heavy bench programs", () => {
  it.each(["tenants", "pools"] as const)("%s-heavy: n of them in clusters of at most perCluster, no finding at error", (kind) => {
    const bp = heavyBlueprint(kind, 45, 20);
    const size = programSize(bp);
    expect(size.clusters).toBe(3);
    expect(kind === "tenants" ? size.tenants : size.pools).toBe(45);
    const a = analyzeText(stringify(bp, { lineWidth: 0 }), `${kind}.yaml`);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("refuses a count that is not a positive integer", () => {
    expect(() => heavyBlueprint("pools", 0)).toThrow(/positive integer/);
  });
});
