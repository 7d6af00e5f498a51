import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";
import fc from "fast-check";
import { firstOverlapping, selectorsCanOverlap } from "../../src/rules/pools.js";

/** One cluster with the given pools (YAML flow maps), everything else minimal. */
function blueprint(pools: readonly string[]): string {
  return [
    "apiVersion: aifactory.dev/v1alpha1",
    "kind: AIFactory",
    "metadata: { name: t }",
    "spec:",
    "  program: { powerCapMW: 10, phases: [{ name: p1, online: 2026-H2, cumulativeCapMW: 5 }] }",
    "  sites:",
    "    - name: s1",
    "      partner: Test",
    "      phase: p1",
    "      gridInterconnectMW: 4",
    "      halls: [{ name: hall-a, itPowerMW: 3, cooling: liquid, maxRackKW: 150 }]",
    "      clusters:",
    "        - name: c1",
    '          kubernetesVersion: "1.33"',
    "          pools:",
    ...pools.map((p) => `            - ${p}`),
    "",
  ].join("\n");
}

const codes = (text: string, code: string) => analyzeText(text, "t.yaml").findings.filter((f) => f.code === code);

describe("pools bind to distinct nodes", () => {
  it("two equality selectors overlap unless a shared key has different values", () => {
    expect(selectorsCanOverlap({ a: "1" }, { a: "1", b: "2" })).toBe(true);
    expect(selectorsCanOverlap({ a: "1" }, { b: "2" })).toBe(true);
    expect(selectorsCanOverlap({ a: "1" }, { a: "2" })).toBe(false);
  });

  it("fails when two pools of one system have no selector that tells them apart", () => {
    const found = codes(blueprint(["{ name: a, system: h100, nodes: 2, hall: hall-a }", "{ name: b, system: h100, nodes: 2, hall: hall-a }"]), "AIF-K011");
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/pool c1\/b selects nvidia.com\/gpu.product=NVIDIA-H100-80GB-HBM3, and pool a .* can match the same nodes/)]);
    expect(found[0]!.location?.line).toBe(17);
  });

  it("accepts pools of different systems, or of one system with different selector values", () => {
    expect(codes(blueprint(["{ name: a, system: h100, nodes: 2, hall: hall-a }", "{ name: b, system: b200, nodes: 2, hall: hall-a }"]), "AIF-K011")).toEqual([]);
    const split = blueprint([
      "{ name: a, system: h100, nodes: 2, hall: hall-a, selector: { node.kubernetes.io/instance-type: p5.48xlarge } }",
      "{ name: b, system: h100, nodes: 2, hall: hall-a, selector: { node.kubernetes.io/instance-type: a3-highgpu-8g } }",
    ]);
    expect(analyzeText(split, "t.yaml").findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("fails when a selector only narrows the other pool's (a node of b is also a node of a)", () => {
    const text = blueprint([
      "{ name: a, system: h100, nodes: 2, hall: hall-a }",
      "{ name: b, system: h100, nodes: 2, hall: hall-a, selector: { zone: z1 } }",
    ]);
    expect(codes(text, "AIF-K011")).toHaveLength(1);
  });
});

describe("pool labels leave aifactory's and NVIDIA's keys alone", () => {
  it("fails on a label overwriting aifactory's pool label, or setting a GFD key, at the key", () => {
    const text = blueprint([
      "{ name: a, system: h100, nodes: 2, hall: hall-a, labels: { aifactory.dev/pool: other, nvidia.com/gpu.count: '4', team: x } }",
    ]);
    const found = codes(text, "AIF-K010");
    expect(found.map((f) => f.path.slice(-2))).toEqual([
      ["labels", "aifactory.dev/pool"],
      ["labels", "nvidia.com/gpu.count"],
    ]);
    expect(found[0]!.message).toMatch(/would overwrite aifactory's own label \(a on this pool's nodes\)/);
  });

  it("fails on a selector contradicting the system's GFD product or the pool's own label, and accepts it when it agrees", () => {
    const bad = blueprint(["{ name: a, system: h100, nodes: 2, hall: hall-a, selector: { nvidia.com/gpu.product: NVIDIA-B200, aifactory.dev/hall: hall-b } }"]);
    expect(codes(bad, "AIF-K010").map((f) => f.path.at(-1))).toEqual(["nvidia.com/gpu.product", "aifactory.dev/hall"]);
    const ok = blueprint(["{ name: a, system: h100, nodes: 2, hall: hall-a, selector: { aifactory.dev/pool: a } }"]);
    expect(codes(ok, "AIF-K010")).toEqual([]);
  });
});

describe("pool selector overlaps stay linear (AIF-K011)", () => {
  type Sel = { nodeSelector: Record<string, string>; name: string };
  const naive = (pools: readonly Sel[]) => pools.map((p, i) => pools.slice(0, i).find((q) => selectorsCanOverlap(q.nodeSelector, p.nodeSelector)));

  it("finds the same first overlapping pool as comparing every pair", () => {
    const selector = fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.constantFrom("1", "2", "3"), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.array(selector, { maxLength: 30 }), (selectors) => {
        const pools = selectors.map((nodeSelector, i) => ({ nodeSelector, name: `p${i}` }));
        expect(firstOverlapping(pools, (a, b) => selectorsCanOverlap(a.nodeSelector, b.nodeSelector)).map((p) => p?.name)).toEqual(naive(pools).map((p) => p?.name));
      }),
      { numRuns: 500 },
    );
  });

  it("compares no pair when every pool selects its own value of a shared key", () => {
    let comparisons = 0;
    const pools = Array.from({ length: 2_000 }, (_, i) => ({
      nodeSelector: { "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3", "aifactory.dev/pool": `p${i}` },
      name: `p${i}`,
    }));
    const found = firstOverlapping(pools, (a, b) => {
      comparisons += 1;
      return selectorsCanOverlap(a.nodeSelector, b.nodeSelector);
    });
    expect(found.every((p) => p === undefined)).toBe(true);
    // Comparing every earlier pool would be 2,000 × 1,999 / 2 = 1,999,000 comparisons.
    expect(comparisons).toBe(0);
  });
});
