// The attribute-level Terraform diff over the review fixtures (test/fixtures/plan-review): each valid-<change>.yaml
// is valid-base.yaml with one change, synthesized by the real pipeline (objects → Terraform JSON) on both sides.
import { describe, expect, it } from "vitest";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { diffTerraform, type TerraformStackDiff } from "../../src/report/index.js";
import { formatPath } from "../../src/report/diff-attributes.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { analyze } from "./helpers.js";

const DIR = "test/fixtures/plan-review";
const tf = (name: string) => {
  const a = analyze(`${DIR}/valid-${name}.yaml`);
  return synthesizeTerraform(buildFactoryObjects(a.model, { profile: "default" }), a.findings);
};
const base = tf("base");
const against = (name: string): TerraformStackDiff => {
  const d = diffTerraform(base, tf(name));
  expect(d.map((s) => s.stack)).toEqual(["dev"]);
  return d[0]!;
};
const resource = (s: TerraformStackDiff, address: string) => {
  const r = s.resources.find((x) => x.address === address);
  if (r === undefined) throw new Error(`${address} not in ${s.resources.map((x) => x.address).join(", ")}`);
  return r;
};
const attr = (s: TerraformStackDiff, address: string, path: string) => resource(s, address).attributes.find((c) => formatPath(c.path) === path);

describe("the Terraform diff of one blueprint change", () => {
  it("shows a Pod Security level change as the namespace label's old and new value, an update", () => {
    const s = against("psa");
    for (const tenant of ["research", "inference"]) {
      const ns = resource(s, `kubernetes_namespace_v1.tenant["${tenant}"]`);
      expect(ns.action).toBe("update");
      expect(attr(s, ns.address, 'metadata.labels["pod-security.kubernetes.io/enforce"]')).toEqual({
        path: ["metadata", 0, "labels", "pod-security.kubernetes.io/enforce"],
        before: "restricted",
        after: "privileged",
      });
    }
    expect(s.destructive).toEqual([]);
  });

  it("shows a quota change as the hard limit's old and new value, an update", () => {
    const s = against("quota");
    const q = resource(s, 'kubernetes_resource_quota_v1.tenant_gpu["inference"]');
    expect(q.action).toBe("update");
    expect(q.attributes).toEqual([{ path: ["spec", 0, "hard", "requests.nvidia.com/gpu"], before: "32", after: "48" }]);
  });

  it("replaces a PriorityClass whose value changes (ForceNew in the provider) and lists it as destructive", () => {
    const s = against("priority-value");
    const pc = resource(s, 'kubernetes_priority_class_v1.tier["training"]');
    expect(pc).toMatchObject({ action: "replace", replacePaths: [["value"]], attributes: [{ path: ["value"], before: 100000, after: 150000 }] });
    expect(s.destructive).toEqual([
      expect.objectContaining({ address: pc.address, action: "replace", contents: [] }),
    ]);
  });

  it("destroys and creates a renamed tenant's namespace, listing what is in it, namespaces first", () => {
    const s = against("renamed-tenant");
    expect(resource(s, 'kubernetes_namespace_v1.tenant["research"]').action).toBe("delete");
    expect(resource(s, 'kubernetes_namespace_v1.tenant["science"]').action).toBe("create");
    const first = s.destructive[0];
    expect(first).toMatchObject({ namespace: "research", action: "delete", address: 'kubernetes_namespace_v1.tenant["research"]' });
    expect(first?.contents).toEqual(
      expect.arrayContaining(['kubernetes_resource_quota_v1.tenant_gpu["research"]', 'kubernetes_network_policy_v1.tenant_default_deny["research"]']),
    );
    expect(first?.contents.every((a) => a.endsWith('["research"]'))).toBe(true);
  });

  it("destroys the device plugin of a removed pool and removes its config", () => {
    const s = against("removed-pool");
    expect(resource(s, 'kubernetes_daemon_set_v1.device_plugin["gb200"]').action).toBe("delete");
    const cm = resource(s, "kubernetes_config_map_v1.device_plugin_configs");
    expect(cm.action).toBe("update");
    const gone = cm.attributes.find((c) => formatPath(c.path) === "data.gb200");
    expect(gone?.before).toContain("version: v1");
    expect(gone).not.toHaveProperty("after");
    expect(s.destructive.map((d) => d.address)).toEqual(['kubernetes_daemon_set_v1.device_plugin["gb200"]']);
  });

  it("shows a device-plugin config change inside the config map, and the rollout annotation it triggers", () => {
    const s = against("device-plugin");
    const data = attr(s, "kubernetes_config_map_v1.device_plugin_configs", "data.h100");
    expect(String(data?.before)).toContain("replicas: 4");
    expect(String(data?.after)).toContain("replicas: 2");
    expect(resource(s, 'kubernetes_daemon_set_v1.device_plugin["h100"]').action).toBe("update");
  });

  it("finds no change between a blueprint and itself", () => {
    expect(diffTerraform(base, tf("base"))).toEqual([]);
  });
});
