// Hardening shared by the pods aifactory runs itself (the NVIDIA device plugin): the container and pod security
// settings a peer linter (kube-score, test/policy/kube-score.test.ts) asks for beyond the baseline, and a
// NetworkPolicy that cuts the plugin's pods off the network.
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { INetworkPolicy } from "./types.js";

/**
 * The container's own settings: no privilege escalation, every capability dropped (as upstream), and a read-only root
 * filesystem (aifactory's addition: the plugin writes only its socket in the kubelet's device-plugins directory and,
 * with MPS, the host's MPS root, both mounted volumes; its config is a read-only ConfigMap mount).
 */
export function hardenedContainerSecurityContext(): NonNullable<IContainer["securityContext"]> {
  return { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } };
}

/**
 * The pod's settings: the container runtime's default seccomp profile ([P] kubernetes.io/docs/tutorials/security/seccomp,
 * checked 2026-12-01: RuntimeDefault is what the restricted Pod Security level requires; the plugin makes no unusual
 * system calls, it talks gRPC over a Unix socket and reads NVML).
 */
export function hardenedPodSecurityContext(): NonNullable<IPodSpec["securityContext"]> {
  return { seccompProfile: { type: "RuntimeDefault" } };
}

/**
 * A NetworkPolicy that denies every ingress and egress of the pods it selects. The device plugin needs no network:
 * it reaches the kubelet through a Unix socket on a hostPath volume, not over TCP, and does not use the API server
 * (its service account token is not mounted). It selects the plugin's pods only, not the whole namespace, as a
 * blueprint may put the plugin in a namespace that other pods share.
 */
export function denyAllNetworkPolicy(
  name: string,
  namespace: string,
  podLabels: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): INetworkPolicy {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace, labels: { ...labels } },
    spec: { podSelector: { matchLabels: { ...podLabels } }, policyTypes: ["Ingress", "Egress"] },
  };
}
