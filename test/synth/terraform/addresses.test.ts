import { describe, expect, it } from "vitest";
import { buildClusterObjects } from "../../../src/objects/index.js";
import { formatAddress, terraformAddress } from "../../../src/synth/terraform/addresses.js";
import { fixture } from "../../objects/fixture.js";

const fx = fixture();

describe("Terraform addresses", () => {
  it("are unique and derived from blueprint names", () => {
    const addresses = buildClusterObjects(fx.model, fx.alpha).map((o) => formatAddress(terraformAddress(o)));
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toContain('kubernetes_namespace_v1.tenant["research"]');
    expect(addresses).toContain('kubernetes_priority_class_v1.tier["batch"]');
  });

  it("keys only the device plugin DaemonSets, by pool, in a cluster without tenants or tiers", () => {
    const tf = buildClusterObjects(fx.model, fx.beta).map(terraformAddress);
    expect(tf.filter((a) => a.key !== undefined).map(formatAddress)).toEqual(
      fx.beta.pools.map((p) => `kubernetes_daemon_set_v1.device_plugin["${p.name}"]`),
    );
  });

  it("throws for objects that are not Terraform resources (the example Jobs)", () => {
    expect(() => terraformAddress({ object: { apiVersion: "batch/v1", kind: "Job", metadata: { name: "x" } }, role: "example-gpu-job", origin: [] })).toThrow(/not Terraform resources/);
  });
});
