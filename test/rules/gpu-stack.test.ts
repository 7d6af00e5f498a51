// The GPU stack's prerequisites on the cluster: DRA's Kubernetes version (AIF-K020), a gpuOperator section nothing
// reads (AIF-K021). Located at the blueprint line they name.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";

const devKind = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8");
const cluster = (extra: string, version = "1.33") =>
  devKind.replace(/kubernetesVersion: "1\.33"/, `kubernetesVersion: "${version}"\n${extra}`);
const findings = (text: string, code: string) => analyzeText(text, "t.yaml").findings.filter((f) => f.code === code);
const indent = (devKind.match(/^( *)kubernetesVersion:/m)?.[1] ?? "");

describe("gpuStack dra needs Kubernetes 1.34 (AIF-K020)", () => {
  it("refuses dra on 1.33, located at kubernetesVersion", () => {
    const text = cluster(`${indent}gpuStack: dra`);
    const [f, ...rest] = findings(text, "AIF-K020");
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("error");
    expect(f?.message).toMatch(/gpuStack dra needs Kubernetes 1\.34 or later .* runs 1\.33/);
    const line = text.split("\n").findIndex((l) => l.includes('kubernetesVersion: "1.33"')) + 1;
    expect(f?.location?.line).toBe(line);
  });
  it("accepts dra on 1.34 and device-plugin on 1.33", () => {
    expect(findings(cluster(`${indent}gpuStack: dra`, "1.34"), "AIF-K020")).toEqual([]);
    expect(findings(cluster(`${indent}gpuStack: device-plugin`), "AIF-K020")).toEqual([]);
  });
});

describe("a gpuOperator section without gpuStack gpu-operator (AIF-K021)", () => {
  it("warns when the section is given on the default stack", () => {
    const [f] = findings(cluster(`${indent}gpuOperator: { namespace: nvidia-gpu }`), "AIF-K021");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toMatch(/gpuOperator is set but gpuStack is device-plugin/);
  });
  it("says nothing when the stack is gpu-operator", () => {
    expect(findings(cluster(`${indent}gpuStack: gpu-operator\n${indent}gpuOperator: { namespace: nvidia-gpu }`), "AIF-K021")).toEqual([]);
  });
});
