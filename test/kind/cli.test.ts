import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../src/check/analyze.js";
import { registerKind } from "../../src/cli/commands/kind.js";
import { run } from "../../src/cli/main.js";
import { styleFor, type CliIo, type CommandContext } from "../../src/cli/io.js";
import { kindClusterConfig, type KindClusterConfig } from "../../src/synth/kind/config.js";
import { FakeCluster } from "./fake-cluster.js";
import { loadBundled } from "../synth/kubernetes/bundled.js";

function captureIo(cwd = packageRoot()): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function kubeconfigFile(server: string): string {
  const dir = mkdtempSync(join(tmpdir(), "aifactory-kubeconfig-"));
  const file = join(dir, "config");
  writeFileSync(
    file,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      "- name: kind-dev",
      `  cluster: {server: "${server}", insecure-skip-tls-verify: true}`,
      "contexts:",
      "- name: kind-dev",
      "  context: {cluster: kind-dev, user: kind-dev}",
      "current-context: kind-dev",
      "users:",
      "- name: kind-dev",
      "  user: {token: not-a-secret}",
      "",
    ].join("\n"),
  );
  return file;
}

describe("aifactory kind config", () => {
  it("prints the kind config of the kind-sized blueprint's cluster", async () => {
    const io = captureIo();
    expect(await run(["kind", "config", "blueprints/dev-kind.yaml"], io)).toBe(0);
    const text = io.out.join("");
    const config = parse(text) as KindClusterConfig;
    expect(config).toMatchObject({ apiVersion: "kind.x-k8s.io/v1alpha4", kind: "Cluster", name: "dev" });
    expect(config.nodes[0]!.role).toBe("control-plane");
    expect(config.nodes.filter((n) => n.role === "worker").length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/SCALED DOWN/);
    const model = await loadBundled("blueprints/dev-kind.yaml");
    expect(config).toEqual(JSON.parse(JSON.stringify(kindClusterConfig(model.sites[0]!.clusters[0]!))));
  });

  it("writes --out, with --workers-per-pool and --image", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aifactory-kind-"));
    const io = captureIo(dir);
    const blueprint = join(packageRoot(), "blueprints/dev-kind.yaml");
    const args = ["kind", "config", blueprint, "--out", "sub/kind.yaml", "--workers-per-pool", "1", "--image", "kindest/node:v1.33.1"];
    expect(await run(args, io)).toBe(0);
    const config = parse(readFileSync(join(dir, "sub/kind.yaml"), "utf8")) as KindClusterConfig;
    expect(config.nodes.every((n) => n.image === "kindest/node:v1.33.1")).toBe(true);
    expect(io.err.join("")).toMatch(/wrote kind config for cluster dev to sub\/kind.yaml/);
  });

  it("fails when the cluster is not in the blueprint, naming the ones that are", async () => {
    const io = captureIo();
    // A usage mistake: exit 2, as for every verb (it was 1 before issue 17).
    expect(await run(["kind", "config", "blueprints/dev-kind.yaml", "--cluster", "nope"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/no cluster "nope" \(it has: dev\)/);
  });

  it("refuses a blueprint with errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aifactory-kind-"));
    writeFileSync(join(dir, "bad.yaml"), "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nmetadata: {name: x}\nspec: {}\n");
    const io = captureIo(dir);
    expect(await run(["kind", "config", "bad.yaml"], io)).toBe(1);
    expect(io.out.join("")).toBe("");
    expect(io.err.join("")).toMatch(/fix the errors above first/);
  });

  it("rejects a bad --workers-per-pool as a usage error", async () => {
    const io = captureIo();
    expect(await run(["kind", "config", "--workers-per-pool", "0"], io)).toBe(2);
  });
});

describe("aifactory kind fake-gpus and smoke against an unreachable cluster", () => {
  for (const verb of ["fake-gpus", "smoke"]) {
    it(`${verb}: a clear error naming the context, exit 2, no stack trace`, async () => {
      const kubeconfig = kubeconfigFile(`https://127.0.0.1:${await closedPort()}`);
      const io = captureIo();
      const code = await run(["kind", verb, "--context", "kind-dev", "--kubeconfig", kubeconfig, "blueprints/dev-kind.yaml"], io);
      const err = io.err.join("");
      expect(code).toBe(2);
      expect(err).toMatch(/^aifactory: error: cannot reach the Kubernetes API server of context "kind-dev" at https:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/m);
      expect(err).not.toMatch(/^\s+at /m);
      expect(err).not.toMatch(/internal error/);
      expect(io.out.join("")).toBe("");
    });
  }

  it("names a context the kubeconfig does not have, and the ones it has", async () => {
    const kubeconfig = kubeconfigFile("https://127.0.0.1:6443");
    const io = captureIo();
    const code = await run(["kind", "fake-gpus", "--context", "kind-other", "--kubeconfig", kubeconfig, "blueprints/dev-kind.yaml"], io);
    expect(code).toBe(2);
    expect(io.err.join("")).toMatch(/context "kind-other" not found in kubeconfig .*\(it has: kind-dev\)/);
  });

  it("says the kubeconfig is missing rather than looking for the context elsewhere", async () => {
    const io = captureIo();
    const missing = "/nonexistent/aifactory/kubeconfig";
    const code = await run(["kind", "smoke", "--context", "kind-dev", "--kubeconfig", missing, "blueprints/dev-kind.yaml"], io);
    expect(code).toBe(2);
    expect(io.err.join("")).toMatch(/no kubeconfig at \/nonexistent\/aifactory\/kubeconfig, so context "kind-dev" cannot be found/);
  });

  it("requires --context", async () => {
    const io = captureIo();
    expect(await run(["kind", "smoke", "blueprints/dev-kind.yaml"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/--context/);
  });
});

describe("aifactory kind fake-gpus and smoke on a (simulated) kind cluster", () => {
  it("patches the pools' nodes, then schedules one smoke pod per pool", async () => {
    const model = await loadBundled("blueprints/dev-kind.yaml");
    const cluster = model.sites[0]!.clusters[0]!;
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    const io = captureIo();
    let code = 0;
    const ctx: CommandContext = { io, style: styleFor(io), exit: (c) => void (code = Math.max(code, c)) };
    const program = new Command("aifactory").exitOverride();
    registerKind(program, ctx, () => Promise.resolve(fake));
    await program.parseAsync(["kind", "fake-gpus", "--context", "kind-dev", "blueprints/dev-kind.yaml"], { from: "user" });
    expect(code).toBe(0);
    const workers = fake.nodes.filter((n) => n.name.includes("worker"));
    expect(workers.every((n) => n.allocatable["nvidia.com/gpu"] !== undefined)).toBe(true);
    expect(io.out.join("")).toMatch(/patched in context kind-dev/);
    io.out.length = 0;
    await program.parseAsync(["kind", "smoke", "--context", "kind-dev", "--timeout", "5", "blueprints/dev-kind.yaml"], { from: "user" });
    expect(code).toBe(0);
    for (const pool of cluster.pools) expect(io.out.join("")).toMatch(new RegExp(`pool ${pool.name} → node dev-worker`));
    expect(fake.pods.size).toBe(0);
  });
});
