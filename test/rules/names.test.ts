import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";

const base = readFileSync(new URL("../fixtures/rules/invalid-tenant-name-reserved.yaml", import.meta.url), "utf8");
const withTenant = (name: string) => base.replace("- name: kube-ops  # expect AIF-R016", `- name: ${name}`);
const r016 = (text: string) => analyzeText(text, "t.yaml").findings.filter((f) => f.code === "AIF-R016");

describe("names that cannot collide", () => {
  it.each([
    ["nvidia-device-plugin", /device plugin's namespace/],
    ["aifactory-system", /aifactory's own namespace/],
    ["default", /Kubernetes' namespace for objects without one/],
    ["kube-system", /`kube-` prefix/],
    ["kube-node-lease", /`kube-` prefix/],
  ])("fails when a tenant is named %s", (name, why) => {
    const found = r016(withTenant(name));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(why);
    expect(found[0]!.location?.line).toBe(29);
  });

  it("fails when the device plugin's namespace is a tenant's name", () => {
    const text = withTenant("gpu-ops").replace('kubernetesVersion: "1.33"', 'kubernetesVersion: "1.33"\n          devicePlugin: { namespace: gpu-ops }');
    expect(r016(text).map((f) => f.message)).toEqual([expect.stringMatching(/gpu-ops: its namespace would be gpu-ops, but it is the device plugin's namespace/)]);
  });

  it("accepts ordinary tenant names", () => {
    expect(r016(withTenant("kubeflow"))).toEqual([]);
  });
});
