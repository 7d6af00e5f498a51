// Rules on the cluster's GPU stack (gpuStack): the prerequisites each stack has on the cluster. The objects of each
// stack are in src/objects; the rules of what a stack cannot express are beside these, one code each.
import type { ResolvedCluster } from "../model/types.js";
import { clustersOf } from "../model/walk.js";
import { finding, q, registered, type Rule } from "./rule.js";

/**
 * Kubernetes minor from which DRA's resource.k8s.io/v1 API is GA and served by default ([P] kubernetes.io, Dynamic
 * Resource Allocation; Kubernetes v1.34 release notes). NVIDIA's DRA driver asks for v1.34.2 or later
 * ([P] NVIDIA/k8s-dra-driver-gpu v0.4.0 docs/prerequisites.md): a blueprint names minors only, so the patch is an
 * assumption the finding's help states.
 */
export const DRA_MIN_KUBERNETES_MINOR = 34;

const minor = (c: ResolvedCluster) => Number(c.kubernetesVersion.split(".")[1]);

export const draKubernetesVersion: Rule = {
  ...registered("AIF-K020"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.gpuStack === "dra" && minor(c) < DRA_MIN_KUBERNETES_MINOR)
      .map((c) =>
        finding(draKubernetesVersion, {
          path: [...c.path, "kubernetesVersion"],
          message: `cluster ${c.name}: gpuStack dra needs Kubernetes 1.${DRA_MIN_KUBERNETES_MINOR} or later (resource.k8s.io/v1), the cluster runs ${c.kubernetesVersion}`,
          measured: q(minor(c), "minor version"),
          limit: q(DRA_MIN_KUBERNETES_MINOR, "minor version"),
          fix: `upgrade cluster ${c.name} to Kubernetes 1.${DRA_MIN_KUBERNETES_MINOR} (1.${DRA_MIN_KUBERNETES_MINOR}.2 or later, as NVIDIA's DRA driver asks) and set kubernetesVersion: "1.${DRA_MIN_KUBERNETES_MINOR}", or keep gpuStack device-plugin`,
        }),
      ),
};

export const gpuOperatorWithoutStack: Rule = {
  ...registered("AIF-K021"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.gpuStack !== "gpu-operator" && c.gpuOperator !== undefined)
      .map((c) =>
        finding(gpuOperatorWithoutStack, {
          path: [...c.path, "gpuOperator"],
          message: `cluster ${c.name}: gpuOperator is set but gpuStack is ${c.gpuStack}, so nothing reads it`,
          fix: `set gpuStack: gpu-operator on cluster ${c.name}, or remove its gpuOperator section`,
        }),
      ),
};

export const GPU_STACK_RULES: readonly Rule[] = [draKubernetesVersion, gpuOperatorWithoutStack];
