import { describe, expect, it } from "vitest";
import { buildClusterObjects } from "../../src/objects/index.js";
import type { INetworkPolicy } from "../../src/objects/types.js";
import type { ResolvedCluster } from "../../src/model/types.js";
import { fixtureFactory, onlyCluster } from "../kind/fixture-model.js";
import { admits, type Pod } from "./network-policy-eval.js";

const model = fixtureFactory();
const base = onlyCluster(model);
// Tenant "research" opens a storage range; "prod" opens nothing.
const cluster: ResolvedCluster = {
  ...base,
  tenants: [
    { ...base.tenants[0]!, name: "research", egressCIDRs: ["10.20.0.0/16"] },
    { ...base.tenants[1]!, name: "prod", egressCIDRs: [] },
  ],
};
const policies = buildClusterObjects(model, cluster)
  .map((o) => o.object)
  .filter((o): o is INetworkPolicy => o.kind === "NetworkPolicy");

const pod = (namespace: string, labels: Record<string, string> = { app: "trainer" }): Pod => ({
  namespace,
  namespaceLabels: { "kubernetes.io/metadata.name": namespace },
  labels,
});
const research = pod("research");
const research2 = pod("research", { app: "worker" });
const prod = pod("prod");
const dns = pod("kube-system", { "k8s-app": "kube-dns" });
const apiLike = pod("kube-system", { component: "other" });

describe("tenant NetworkPolicies admit what training needs, and nothing else", () => {
  it("allow every port between pods of one tenant namespace (NCCL bootstrap, rendezvous), both ways", () => {
    expect(admits(policies, { from: research, to: research2, protocol: "TCP", port: 29500 })).toBe(true);
    expect(admits(policies, { from: research2, to: research, protocol: "TCP", port: 40123 })).toBe(true);
  });

  it("allow DNS to the cluster DNS on UDP and TCP 53, and only there", () => {
    expect(admits(policies, { from: research, to: dns, protocol: "UDP", port: 53 })).toBe(true);
    expect(admits(policies, { from: research, to: dns, protocol: "TCP", port: 53 })).toBe(true);
    expect(admits(policies, { from: research, to: dns, protocol: "TCP", port: 8080 })).toBe(false);
    expect(admits(policies, { from: research, to: apiLike, protocol: "UDP", port: 53 })).toBe(false);
    expect(admits(policies, { from: research, to: { ip: "8.8.8.8" }, protocol: "UDP", port: 53 })).toBe(false);
  });

  it("deny traffic between tenants, in either direction", () => {
    expect(admits(policies, { from: research, to: prod, protocol: "TCP", port: 29500 })).toBe(false);
    expect(admits(policies, { from: prod, to: research, protocol: "TCP", port: 29500 })).toBe(false);
  });

  it("open the blueprint's egress CIDRs for that tenant only", () => {
    expect(admits(policies, { from: research, to: { ip: "10.20.3.4" }, protocol: "TCP", port: 2049 })).toBe(true);
    expect(admits(policies, { from: research, to: { ip: "10.21.0.1" }, protocol: "TCP", port: 2049 })).toBe(false);
    expect(admits(policies, { from: prod, to: { ip: "10.20.3.4" }, protocol: "TCP", port: 2049 })).toBe(false);
  });

  it("name each policy for what it opens", () => {
    expect(policies.filter((p) => p.metadata?.namespace === "research").map((p) => p.metadata?.name)).toEqual([
      "default-deny",
      "allow-same-namespace",
      "allow-cluster-dns",
      "allow-egress-cidrs",
    ]);
    expect(policies.filter((p) => p.metadata?.namespace === "prod").map((p) => p.metadata?.name)).not.toContain("allow-egress-cidrs");
  });
});
