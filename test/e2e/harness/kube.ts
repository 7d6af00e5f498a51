// kubectl against the test bed's API server: the real client, as a user runs it. Every helper keeps the
// API server's own words (stderr) for the failure messages.
import type { ControlPlane } from "./control-plane.js";
import { describeRun, run, type RunResult } from "./exec.js";

export interface Kube {
  readonly kubectl: string;
  readonly cp: ControlPlane;
  run(args: readonly string[], input?: string): Promise<RunResult>;
  /** Runs and throws with the command, exit code and output unless it exits 0. */
  ok(args: readonly string[], input?: string): Promise<RunResult>;
  json<T>(args: readonly string[]): Promise<T>;
}

export function kube(kubectl: string, cp: ControlPlane): Kube {
  const base = ["--kubeconfig", cp.kubeconfig, "--context", cp.context];
  const self: Kube = {
    kubectl,
    cp,
    run: (args, input) => run(kubectl, [...base, ...args], input === undefined ? {} : { input }),
    ok: async (args, input) => {
      const r = await self.run(args, input);
      if (r.code !== 0) throw new Error(describeRun(r));
      return r;
    },
    json: async <T>(args: readonly string[]) => JSON.parse((await self.ok([...args, "-o", "json"])).stdout) as T,
  };
  return self;
}

export interface Item<S = Record<string, unknown>> {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; resourceVersion?: string; ownerReferences?: { kind: string; name: string }[] };
  spec?: S;
  status?: Record<string, unknown>;
  data?: Record<string, string>;
}
export interface List<T = Item> { items: T[] }

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value or the timeout passes; returns the last value seen either way. */
export async function poll<T>(check: () => Promise<T | undefined>, timeoutMs: number, everyMs = 500): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined || Date.now() >= deadline) return v;
    await sleep(everyMs);
  }
}

/** kubectl apply's per-object lines ("kind/name verb"), for "every object unchanged" style checks. */
export function applyLines(stdout: string): { object: string; verb: string }[] {
  return stdout
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => {
      const i = l.lastIndexOf(" ");
      return { object: l.slice(0, i), verb: l.slice(i + 1) };
    });
}
