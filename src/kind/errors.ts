// Every error the kind commands report, built in one place: what happened, why, how to fix it.
// The CLI prints the message (no stack trace) and exits with the code.

export class KindError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "KindError";
  }
}

/** Exit code when the cluster cannot be reached or refuses us. */
export const EXIT_CLUSTER = 2;

export function contextNotFound(context: string, kubeconfig: string, known: readonly string[]): KindError {
  const list = known.length === 0 ? "it has no contexts" : `it has: ${known.join(", ")}`;
  return new KindError(
    `context "${context}" not found in kubeconfig ${kubeconfig} (${list}). ` +
      `Create the kind cluster first (kind create cluster --config ...), or pass --context and --kubeconfig.`,
    EXIT_CLUSTER,
  );
}

export function kubeconfigMissing(context: string, kubeconfig: string): KindError {
  return new KindError(
    `no kubeconfig at ${kubeconfig}, so context "${context}" cannot be found. ` +
      `Create the kind cluster first (kind create cluster --config ...: it writes the context), or pass --kubeconfig.`,
    EXIT_CLUSTER,
  );
}

export function kubeconfigUnreadable(file: string, reason: string): KindError {
  return new KindError(`cannot read the kubeconfig ${file}: ${reason}. Pass a kubeconfig file with --kubeconfig.`, EXIT_CLUSTER);
}

export function clusterUnreachable(context: string, server: string, cause: string): KindError {
  return new KindError(
    `cannot reach the Kubernetes API server of context "${context}" at ${server}: ${cause}. ` +
      `Is the cluster running (kind get clusters; docker ps)?`,
    EXIT_CLUSTER,
  );
}

export function apiRefused(context: string, what: string, status: number, detail: string): KindError {
  return new KindError(
    `the API server of context "${context}" refused to ${what}: HTTP ${status}${detail === "" ? "" : ` ${detail}`}. ` +
      `Check that the context's user may do this (kubectl --context ${context} auth can-i ...).`,
    EXIT_CLUSTER,
  );
}

/** Exit code of a usage mistake (an unknown --cluster), as for every verb. */
export const EXIT_USAGE = 2;

export function noSuchCluster(name: string, known: readonly string[]): KindError {
  return new KindError(`blueprint has no cluster "${name}" (it has: ${known.join(", ")}); pick one with --cluster.`, EXIT_USAGE);
}

/** The innermost low-level reason of a failed request ("connect ECONNREFUSED 127.0.0.1:6443"). */
export function connectionCause(err: unknown): string | undefined {
  let cause: unknown = err;
  let found: string | undefined;
  for (let depth = 0; depth < 5 && cause instanceof Error; depth++) {
    const code = (cause as Error & { code?: unknown }).code;
    if (typeof code === "string" && /^(E[A-Z]+|UND_ERR_|ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code))
      found = cause.message === "" ? code : cause.message;
    else if (found === undefined && cause.message === "fetch failed") found = "fetch failed";
    cause = cause.cause;
  }
  return found;
}
