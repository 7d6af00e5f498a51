// Which flows a set of networking.k8s.io/v1 NetworkPolicies admits, by the API's rules
// (kubernetes.io/docs/concepts/services-networking/network-policies): the control-plane test bed has no CNI,
// so the tests evaluate the policies. A flow needs egress allowed at the source and ingress at the destination;
// a direction is open for a pod no policy of that type selects, else open where a selecting policy's rule
// matches the peer and the port. Policies are additive.
import type { INetworkPolicy } from "../../src/objects/types.js";

export interface Pod {
  readonly namespace: string;
  readonly namespaceLabels: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
}
/** A destination: a pod, or an address outside the cluster. */
export type Destination = Pod | { readonly ip: string };
export interface Flow {
  readonly from: Pod;
  readonly to: Destination;
  readonly protocol: "TCP" | "UDP";
  readonly port: number;
}

type Selector = { matchLabels?: Record<string, string> } | undefined;
type Peer = NonNullable<NonNullable<NonNullable<INetworkPolicy["spec"]>["egress"]>[number]["to"]>[number];
type Rule = { ports?: { protocol?: string; port?: number | string }[] };

function selects(selector: Selector, labels: Readonly<Record<string, string>>): boolean {
  if (selector === undefined) return true;
  const s = selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  if ((s.matchExpressions ?? []).length > 0) throw new Error("matchExpressions not evaluated here");
  return Object.entries(s.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

function ipv4(ip: string): number {
  return ip.split(".").reduce((n, o) => n * 256 + Number(o), 0);
}
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split("/");
  const mask = Number(bits) === 0 ? 0 : 2 ** 32 - 2 ** (32 - Number(bits));
  return (ipv4(ip) & mask) >>> 0 === (ipv4(base!) & mask) >>> 0;
}

function peerMatches(peer: Peer, policyNamespace: string, other: Destination): boolean {
  if (peer.ipBlock !== undefined) return "ip" in other && inCidr(other.ip, peer.ipBlock.cidr);
  if ("ip" in other) return false;
  const nsOk = peer.namespaceSelector === undefined ? other.namespace === policyNamespace : selects(peer.namespaceSelector as Selector, other.namespaceLabels);
  return nsOk && selects(peer.podSelector as Selector, other.labels);
}

function portMatches(rule: Rule, flow: Flow): boolean {
  if (rule.ports === undefined || rule.ports.length === 0) return true;
  return rule.ports.some((p) => (p.protocol ?? "TCP") === flow.protocol && (p.port === undefined || p.port === flow.port));
}

function direction(policies: readonly INetworkPolicy[], pod: Pod, type: "Ingress" | "Egress", other: Destination, flow: Flow): boolean {
  const selecting = policies.filter(
    (p) => p.metadata?.namespace === pod.namespace && (p.spec?.policyTypes ?? ["Ingress"]).includes(type) && selects(p.spec?.podSelector as Selector, pod.labels),
  );
  if (selecting.length === 0) return true;
  return selecting.some((p) => {
    const rules = (type === "Egress" ? p.spec?.egress : p.spec?.ingress) ?? [];
    return rules.some((r) => {
      const peers = (type === "Egress" ? (r as { to?: Peer[] }).to : (r as { from?: Peer[] }).from) ?? undefined;
      const peerOk = peers === undefined || peers.length === 0 || peers.some((peer) => peerMatches(peer, p.metadata!.namespace!, other));
      return peerOk && portMatches(r as Rule, flow);
    });
  });
}

export function admits(policies: readonly INetworkPolicy[], flow: Flow): boolean {
  const out = direction(policies, flow.from, "Egress", flow.to, flow);
  const into = "ip" in flow.to ? true : direction(policies, flow.to, "Ingress", flow.from, flow);
  return out && into;
}
