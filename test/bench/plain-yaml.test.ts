import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import fc from "fast-check";
import { analyzeFile } from "../../src/check/analyze.js";
import { buildClusterObjects } from "../../src/synth/kubernetes/objects/index.js";
import { exampleGpuJob } from "../../src/synth/kubernetes/workloads.js";
import { plainYaml } from "../../bench/proposals/plain-yaml.js";

const OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

describe("plainYaml (proposal): the same bytes as yaml's stringify, or undefined", () => {
  it("every Kubernetes object of the bundled blueprints", async () => {
    let written = 0;
    for (const file of ["blueprints/openai-nvidia-10gw.yaml", "blueprints/first-gigawatt.yaml", "blueprints/dev-kind.yaml"]) {
      const { model } = await analyzeFile(file);
      for (const cluster of model!.sites.flatMap((s) => s.clusters)) {
        for (const profile of ["default", "kind"] as const) {
          const objects = [...buildClusterObjects(model!, cluster, { profile }).map((o) => o.object), ...cluster.pools.map((p) => exampleGpuJob(cluster, p))];
          for (const o of objects) {
            const fast = plainYaml(o);
            if (fast === undefined) continue;
            written += 1;
            expect(fast).toBe(stringify(o, OPTIONS));
          }
        }
      }
    }
    expect(written).toBeGreaterThan(100);
  });

  it("arbitrary JSON-shaped objects", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("true", "1", "0x1f", "a: b", "#x", "-", "- a", "null", "~", "'q'", '"q"', "x #y"));
    const leaf = fc.oneof(key, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v")), fc.dictionary(key, tie("v"))),
    })).v;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1 }), (o) => {
        const fast = plainYaml(o);
        if (fast !== undefined) expect(fast).toBe(stringify(o, OPTIONS));
      }),
      { numRuns: 300 },
    );
  });
});
