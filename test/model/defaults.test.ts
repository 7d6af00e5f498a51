// The schema states the defaults users read; src/model/defaults.ts applies them. Keep them in step.
import { describe, expect, it } from "vitest";
import schema from "../../schemas/blueprint.schema.json" with { type: "json" };
import * as D from "../../src/model/defaults.js";

const d = schema.definitions;

describe("defaults match the schema's @default notes", () => {
  it.each([
    [d.Program.properties.powerCapMW.description, `@default ${D.DEFAULT_POWER_CAP_MW}`],
    [d.Program.properties.nearLimitPercent.description, `@default ${D.DEFAULT_NEAR_LIMIT_PERCENT}`],
    [d.Site.properties.pue.description, `@default ${D.DEFAULT_PUE}`],
    [d.Cluster.properties.maxPodsPerNode.description, `@default ${D.DEFAULT_MAX_PODS_PER_NODE}`],
    [d.Kubeconfig.properties.path.description, `@default "${D.DEFAULT_KUBECONFIG_PATH}"`],
    [d.DevicePluginDeployment.properties.version.description, `@default "${D.DEFAULT_DEVICE_PLUGIN_VERSION}"`],
    [d.DevicePluginDeployment.description, `namespace @default ${D.DEFAULT_DEVICE_PLUGIN_NAMESPACE}`],
    [d.DevicePluginConfig.properties.migStrategy.description, `@default "${D.DEFAULT_MIG_STRATEGY}"`],
    [d.NetworkOperator.properties.rdmaResource.description, `@default "${D.DEFAULT_RDMA_RESOURCE}"`],
    [d.Networking.properties.oversubscription.description, `@default ${D.DEFAULT_OVERSUBSCRIPTION}`],
    [d.Cluster.properties.gpuStack.description, `@default "${D.DEFAULT_GPU_STACK}"`],
    [d.GpuOperator.description, `namespace @default "${D.DEFAULT_GPU_OPERATOR_NAMESPACE}"`],
    [d.NodeLimit.description, `@default "${D.DEFAULT_NODE_LIMIT_PROFILE}"`],
  ])("%s", (description, expected) => {
    expect(description).toContain(expected);
  });

  it("node limit profiles carry the kubernetes.io, GKE and EKS figures", () => {
    expect(D.NODE_LIMITS.upstream.nodes).toBe(5_000);
    expect(D.NODE_LIMITS.gke.nodes).toBe(65_000);
    expect(D.NODE_LIMITS.eks.nodes).toBe(100_000);
  });

  it("has no funding default: a blueprint that states no rule has none", () => {
    expect(Object.keys(D).filter((k) => /FUNDING/.test(k))).toEqual([]);
    expect(d.Funding.description).toContain("Without a funding section the program has none");
  });

  it("dates the defaults and names the power cap's source", () => {
    expect(D.DEFAULTS_CHECKED).toBe("2026-12-01");
    expect(D.POWER_CAP_SOURCE).toMatch(/^\[P\] openai\.com.*checked 2026-12-01/);
  });
});
