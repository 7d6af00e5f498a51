// Kubernetes' own limits on what the pools' nodes carry: labels a kubelet may set on its own Node (the provisioner
// stamps a pool's labels and selector through --node-labels), and taints unique by key and effect.
import type { ResolvedPool } from "../model/types.js";
import { poolsOf } from "../model/walk.js";
import { GFD_LABELS } from "../objects/pool-scheduling.js";
import { finding, registered, type Rule } from "./rule.js";

/**
 * [P] kubernetes/kubernetes staging/src/k8s.io/kubelet/pkg/apis/well_known_labels.go (kubeletLabels,
 * kubeletLabelNamespaces, IsKubeletLabel) and cmd/kubelet/app/options/options.go (ValidateKubeletFlags,
 * isKubernetesLabel), https://github.com/kubernetes/kubernetes, checked 2026-12-01: the kubelet refuses to start
 * when --node-labels holds a key in the kubernetes.io or k8s.io namespaces (or a subdomain of them) other than these
 * keys and the kubelet.kubernetes.io / node.kubernetes.io namespaces (and their subdomains). node-restriction.kubernetes.io
 * is refused by the same test (and reserved for the NodeRestriction admission plugin).
 */
export const KUBELET_LABELS: ReadonlySet<string> = new Set([
  "kubernetes.io/hostname",
  "topology.kubernetes.io/zone",
  "topology.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
  "failure-domain.beta.kubernetes.io/region",
  "beta.kubernetes.io/instance-type",
  "node.kubernetes.io/instance-type",
  "kubernetes.io/os",
  "kubernetes.io/arch",
  "beta.kubernetes.io/os",
  "beta.kubernetes.io/arch",
]);
export const KUBELET_LABEL_NAMESPACES: readonly string[] = ["kubelet.kubernetes.io", "node.kubernetes.io"];
const KUBERNETES_NAMESPACES: readonly string[] = ["kubernetes.io", "k8s.io"];

const inNamespace = (prefix: string, namespaces: readonly string[]) => namespaces.some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));

/** True when the kubelet refuses the key in --node-labels, as ValidateKubeletFlags decides. */
export function kubeletRefusesLabel(key: string): boolean {
  const slash = key.indexOf("/");
  if (slash < 0) return false;
  const prefix = key.slice(0, slash);
  return inNamespace(prefix, KUBERNETES_NAMESPACES) && !KUBELET_LABELS.has(key) && !inNamespace(prefix, KUBELET_LABEL_NAMESPACES);
}

const GFD_KEYS: ReadonlySet<string> = new Set(Object.values(GFD_LABELS));

/** The keys of a pool that a provisioner stamps through --node-labels: its labels, and its selector's except GFD's. */
function stampedKeys(p: ResolvedPool): { field: "labels" | "selector"; key: string }[] {
  return [
    ...Object.keys(p.labels).map((key) => ({ field: "labels" as const, key })),
    ...Object.keys(p.nodeSelector)
      .filter((key) => !GFD_KEYS.has(key) && !(key in p.labels))
      .map((key) => ({ field: "selector" as const, key })),
  ];
}

export const kubeletNodeLabels: Rule = {
  ...registered("AIF-K014"),
  check: (m) =>
    poolsOf(m).flatMap((p) =>
      stampedKeys(p)
        .filter(({ key }) => kubeletRefusesLabel(key))
        .map(({ field, key }) =>
          finding(kubeletNodeLabels, {
            path: [...p.path, field, key],
            message:
              `pool ${p.cluster}/${p.name}: ${field === "labels" ? "label" : "selector"} ${key} is in the kubernetes.io/k8s.io namespaces, ` +
              `and a kubelet refuses to start with it in --node-labels (it allows only ${[...KUBELET_LABELS].join(", ")} and the ${KUBELET_LABEL_NAMESPACES.join(", ")} namespaces)`,
            fix: `use a key of your own (e.g. aifactory.dev/${key.slice(key.indexOf("/") + 1)}) or one under node.kubernetes.io/, or have a controller label the nodes after they join (kubectl label node)`,
          }),
        ),
    ),
};

/** [P] kubernetes/kubernetes pkg/apis/core/validation/validation.go (validateNodeTaints: "taints must be unique by key and effect pair"), checked 2026-12-01. */
export const taintsUnique: Rule = {
  ...registered("AIF-K015"),
  check: (m) =>
    poolsOf(m).flatMap((p) => {
      const first = new Map<string, number>();
      return p.taints.flatMap((t, i) => {
        const id = `${t.key}\u0000${t.effect}`;
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, i);
          return [];
        }
        return [
          finding(taintsUnique, {
            path: [...p.path, "taints", i],
            message: `pool ${p.cluster}/${p.name}: taints ${earlier} and ${i} both have key ${t.key} and effect ${t.effect}; the API server refuses a Node whose taints repeat a key and effect`,
            fix: `remove taint ${i} of pool ${p.name}, or give it another key or effect`,
          }),
        ];
      });
    }),
};

export const LIMIT_RULES: readonly Rule[] = [kubeletNodeLabels, taintsUnique];
