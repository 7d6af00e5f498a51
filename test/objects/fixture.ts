// A small blueprint exercising every kind of object: two clusters, time-slicing, MPS and MIG pools, a tainted pool,
// tenants by quota and by share, priority tiers; and a second cluster with nothing but one pool.
import { analyzeBlueprint } from "../../src/check/analyze.js";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import type { ResolvedCluster, ResolvedFactory } from "../../src/model/types.js";
import type { Finding } from "../../src/findings/finding.js";

export function fixtureBlueprint(): AIFactoryBlueprint {
  return {
    apiVersion: "aifactory.dev/v1alpha1",
    kind: "AIFactory",
    metadata: { name: "synth-fixture" },
    spec: {
      program: { powerCapMW: 10, phases: [{ name: "one", online: "2026-H2", cumulativeCapMW: 10 }] },
      sites: [
        {
          name: "site-a",
          partner: "Test",
          phase: "one",
          gridInterconnectMW: 8,
          halls: [{ name: "hall-1", itPowerMW: 5, cooling: "liquid", maxRackKW: 150 }],
          clusters: [
            {
              name: "alpha",
              kubernetesVersion: "1.33",
              kubeconfig: { path: "~/.kube/alpha.yaml", context: "alpha-admin" },
              networking: { fabric: "infiniband", networkOperator: { enabled: true, crdsPresent: true } },
              tenants: [
                { name: "research", gpuShare: 0.5, egressCIDRs: ["10.20.0.0/16"] },
                { name: "prod", gpuQuota: 16 },
              ],
              priorityTiers: [
                { name: "serving", value: 200000, description: "Serving traffic." },
                { name: "batch", value: 1000, preemption: false },
              ],
              pools: [
                {
                  name: "h100-shared",
                  system: "h100",
                  nodes: 4,
                  hall: "hall-1",
                  devicePlugin: { sharing: { timeSlicingReplicas: 4 } },
                  taints: [{ key: "dedicated", value: "inference", effect: "NoSchedule" }],
                },
                { name: "b200-mig", system: "b200", nodes: 4, hall: "hall-1", devicePlugin: { migStrategy: "single" } },
                {
                  name: "gb200",
                  system: "gb200-nvl72",
                  racks: 2,
                  hall: "hall-1",
                  devicePlugin: { sharing: { mpsReplicas: 2 } },
                },
              ],
            },
            {
              name: "beta",
              kubernetesVersion: "1.32",
              nodeLimit: "gke",
              pools: [{ name: "h200", system: "h200", nodes: 2, hall: "hall-1" }],
            },
          ],
        },
      ],
    },
  };
}

export interface Fixture {
  readonly model: ResolvedFactory;
  readonly findings: readonly Finding[];
  readonly alpha: ResolvedCluster;
  readonly beta: ResolvedCluster;
}

export function fixture(blueprint: AIFactoryBlueprint = fixtureBlueprint()): Fixture {
  const analysis = analyzeBlueprint(blueprint, "synth-fixture.yaml");
  if (analysis.model === undefined) throw new Error(analysis.findings.map((f) => f.message).join("\n"));
  const clusters = analysis.model.sites.flatMap((s) => s.clusters);
  const [alpha, beta] = clusters;
  if (alpha === undefined || beta === undefined) throw new Error("fixture lost a cluster");
  return { model: analysis.model, findings: analysis.findings, alpha, beta };
}
