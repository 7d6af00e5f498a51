// What NVIDIA's software adds to a real node of a pool once it runs with the pool's config, beyond the labels
// world/nodes.ts gives every GPU node. The e2e fixtures (valid-pools-e2e.yaml, valid-gpu-operator-e2e.yaml) name
// their time-sliced pool "shared" and their MIG pool "mig", both on 8-GPU H100 nodes with the all-balanced layout.
import type { TestNode } from "./nodes.js";

export function asConfiguredByNvidia(node: TestNode): TestNode {
  if (node.pool === "shared") {
    // GFD running with the pool's time-slicing config: "-SHARED" appended, replicas and strategy labels
    // (NVIDIA/k8s-device-plugin v0.20.0 internal/lm/resource.go).
    const product = `${node.labels["nvidia.com/gpu.product"]}-SHARED`;
    return { ...node, labels: { ...node.labels, "nvidia.com/gpu.product": product, "nvidia.com/gpu.replicas": "2", "nvidia.com/gpu.sharing-strategy": "time-slicing" } };
  }
  if (node.pool === "mig") {
    // Partitioned all-balanced by the MIG manager: 8 GPUs × (2 × 1g.10gb, 1 × 2g.20gb, 1 × 3g.40gb), advertised by
    // the plugin under mixed as one resource per profile (NVIDIA mig-parted config-default.yaml; plugin README).
    // The nvidia.com/mig.config label is already among the pool's labels (aifactory stamps it).
    const { gpus: _whole, ...rest } = node;
    return {
      ...rest,
      labels: { ...node.labels, "nvidia.com/mig.strategy": "mixed" },
      extended: { "nvidia.com/mig-1g.10gb": "16", "nvidia.com/mig-2g.20gb": "8", "nvidia.com/mig-3g.40gb": "8" },
    };
  }
  return node;
}
