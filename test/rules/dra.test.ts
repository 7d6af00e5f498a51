// What gpuStack dra cannot express (AIF-K022..K026): each refused on a dra cluster, and the same blueprint accepted
// on the static device plugin (where sharing, MIG and Kueue are what aifactory emits for).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";

const fixture = (name: string) => readFileSync(join(packageRoot(), "test/fixtures/rules", name), "utf8");
const codes = (text: string) => analyzeText(text, "t.yaml").findings.map((f) => f.code);
const onDevicePlugin = (text: string) => text.replace("gpuStack: dra", "gpuStack: device-plugin");

describe("gpuStack dra refuses what its objects cannot express", () => {
  for (const [file, code] of [
    ["invalid-dra-sharing.yaml", "AIF-K022"],
    ["invalid-dra-mig.yaml", "AIF-K023"],
    ["invalid-dra-kueue.yaml", "AIF-K024"],
    ["invalid-dra-devices-per-claim.yaml", "AIF-K025"],
    ["invalid-dra-device-plugin-section.yaml", "AIF-K026"],
  ] as const) {
    it(`${code} on dra, not on device-plugin (${file})`, () => {
      const text = fixture(file);
      expect(codes(text)).toContain(code);
      expect(codes(onDevicePlugin(text))).not.toContain(code);
    });
  }

  it("AIF-K023 names migConfig when only the layout is given", () => {
    const text = fixture("invalid-dra-mig.yaml").replace(/ *migStrategy: mixed.*\n/, "");
    const f = analyzeText(text, "t.yaml").findings.find((x) => x.code === "AIF-K023");
    expect(f?.message).toMatch(/migConfig all-1g\.10gb/);
  });

  it("AIF-K025 only where aifactory's example claims a whole node: a one-GPU claim fits on an HGX node of 36", () => {
    const text = fixture("invalid-dra-devices-per-claim.yaml")
      .replace("system: gb200-nvl72, gpusPerNode: 36, nodesPerRack: 2", "system: h100, gpusPerNode: 36")
      .replace(/system: gb200-nvl72\n(\s*)racks: 2/, "system: h100\n$1nodes: 2");
    expect(text).toMatch(/system: h100, gpusPerNode: 36[\s\S]*system: h100\n\s*nodes: 2/);
    expect(codes(text)).not.toContain("AIF-K025");
  });

  it("AIF-K026 names every setting that differs from the defaults, and says nothing of a namespace left at its default", () => {
    const text = fixture("invalid-dra-device-plugin-section.yaml").replace(/( *)imageDigest: .*\n/, "$1version: v0.19.0\n$1namespace: nvidia-device-plugin\n");
    const f = analyzeText(text, "t.yaml").findings.find((x) => x.code === "AIF-K026");
    expect(f?.message).toMatch(/devicePlugin sets version v0\.19\.0, but gpuStack dra/);
  });

  it("the bundled DRA cluster (openai-nvidia-2026, training-a-1) checks clean of them", () => {
    const text = readFileSync(join(packageRoot(), "blueprints/openai-nvidia-2026.yaml"), "utf8");
    expect(codes(text).filter((c) => /^AIF-K02[2-9]$/.test(c))).toEqual([]);
  });
});
