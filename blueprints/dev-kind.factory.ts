// The DSL twin of blueprints/dev-kind.yaml: the same kind-sized development factory, written in TypeScript.
// Both resolve to the same model (test/blueprint/dsl.test.ts). Validate it compiled:
//   npm run build && npx aifactory validate dist/blueprints/dev-kind.factory.js
import { GPU_NO_SCHEDULE, cluster, factory, hall, phase, pool, priorityTier, site, tenant } from "../src/blueprint/dsl.js";

export default factory({
  name: "dev-kind",
  description: "Kind-sized development factory, 2 HGX H100 nodes and 1 GB200 NVL72 rack, for testing the Kubernetes output.",
  illustrative: "All names and sizes are illustrative; they exercise every part of the format at a size kind can simulate.",
  powerCapMW: 1, // a lab, not the 10 GW program
  phases: [phase({ name: "lab", online: "2026-H1", cumulativeCapMW: 0.5 })],
  sites: [
    site({
      name: "lab",
      partner: "Local development",
      phase: "lab",
      gridInterconnectMW: 0.25,
      pue: 1.2,
      // 2 × 10.2 kW (H100) + 120 kW (NVL72 rack) + ~9 kW of switches ≈ 0.15 MW
      halls: [hall({ name: "hall-1", itPowerMW: 0.2, cooling: "liquid", maxRackKW: 130 })],
      clusters: [
        cluster({
          name: "dev",
          kubernetesVersion: "1.33",
          kubeconfig: { context: "kind-dev" }, // kind names its contexts kind-<cluster name>
          tenants: [tenant({ name: "research", gpuShare: 0.5 }), tenant({ name: "inference", gpuQuota: 32 })],
          priorityTiers: [
            priorityTier({ name: "inference-critical", value: 200000, description: "Serving traffic; preempts training and batch." }),
            priorityTier({ name: "training", value: 100000 }),
            priorityTier({ name: "batch", value: 1000, preemption: false }),
          ],
          networking: { fabric: "infiniband", oversubscription: 1 },
          pools: [
            pool({
              name: "h100",
              system: "h100",
              nodes: 2,
              hall: "hall-1",
              // 8 GPUs × 4 = 32 nvidia.com/gpu per node, within 110 pods per node
              devicePlugin: { sharing: { timeSlicingReplicas: 4 } },
              labels: { workload: "inference" },
              taints: [GPU_NO_SCHEDULE],
            }),
            pool({
              name: "gb200",
              system: "gb200-nvl72",
              racks: 1, // 18 compute trays = 18 Kubernetes nodes, 72 GPUs
              hall: "hall-1",
              labels: { workload: "training" },
              taints: [GPU_NO_SCHEDULE],
            }),
          ],
        }),
      ],
    }),
  ],
});
