// Which pod-to-pod flows a set of NetworkPolicies admits, by the rules of the networking.k8s.io/v1 API
// (kubernetes.io/docs/concepts/services-networking/network-policies): the test bed has no CNI to enforce
// them, so the policies the API server holds are evaluated here. A flow is allowed when egress from the
// source and ingress to the destination are both allowed; a direction is open for a pod that no policy of
// that type selects, and otherwise open only where some selecting policy has a rule that matches the peer
// and the port. ipBlock peers never match a pod here (pods are addressed by selector in these checks).
export interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] }[];
}
interface Peer { podSelector?: Selector; namespaceSelector?: Selector; ipBlock?: unknown }
interface Port { protocol?: string; port?: number | string; endPort?: number }
interface Rule { from?: Peer[]; to?: Peer[]; ports?: Port[] }
export interface NetworkPolicy {
  metadata: { name: string; namespace?: string };
  spec: { podSelector: Selector; policyTypes?: ("Ingress" | "Egress")[]; ingress?: Rule[]; egress?: Rule[] };
}

export interface Endpoint {
  readonly namespace: string;
  readonly namespaceLabels: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

export function selects(selector: Selector | undefined, labels: Readonly<Record<string, string>>): boolean {
  if (selector === undefined) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const ok =
      e.operator === "In" ? has && (e.values ?? []).includes(labels[e.key]!)
      : e.operator === "NotIn" ? !has || !(e.values ?? []).includes(labels[e.key]!)
      : e.operator === "Exists" ? has
      : !has;
    if (!ok) return false;
  }
  return true;
}

function types(p: NetworkPolicy): ("Ingress" | "Egress")[] {
  if (p.spec.policyTypes !== undefined) return p.spec.policyTypes;
  return p.spec.egress !== undefined ? ["Ingress", "Egress"] : ["Ingress"];
}

function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint): boolean {
  if (peer.ipBlock !== undefined) return false;
  const nsOk = peer.namespaceSelector === undefined ? other.namespace === policyNamespace : selects(peer.namespaceSelector, other.namespaceLabels);
  return nsOk && selects(peer.podSelector, other.podLabels);
}

function portMatches(ports: Port[] | undefined, port: number, protocol: string): boolean {
  if (ports === undefined || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === "string") return false; // named ports: not used by these checks
    return p.endPort === undefined ? p.port === port : port >= p.port && port <= p.endPort;
  });
}

function directionAllowed(
  policies: readonly NetworkPolicy[], self: Endpoint, other: Endpoint, dir: "Ingress" | "Egress", port: number, protocol: string,
): boolean {
  const selecting = policies.filter(
    (p) => (p.metadata.namespace ?? self.namespace) === self.namespace && types(p).includes(dir) && selects(p.spec.podSelector, self.podLabels),
  );
  if (selecting.length === 0) return true;
  return selecting.some((p) =>
    ((dir === "Ingress" ? p.spec.ingress : p.spec.egress) ?? []).some((rule: Rule) => {
      const peers = dir === "Ingress" ? rule.from : rule.to;
      const peerOk = peers === undefined || peers.length === 0 || peers.some((peer) => peerMatches(peer, self.namespace, other));
      return peerOk && portMatches(rule.ports, port, protocol);
    }),
  );
}

/** Whether a connection from `src` to `dst` on port/protocol is admitted by the policies (of both namespaces). */
export function flowAllowed(
  policies: readonly NetworkPolicy[], src: Endpoint, dst: Endpoint, port: number, protocol: "TCP" | "UDP",
): boolean {
  return directionAllowed(policies, src, dst, "Egress", port, protocol) && directionAllowed(policies, dst, src, "Ingress", port, protocol);
}
