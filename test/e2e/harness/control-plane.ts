// A real Kubernetes control plane on 127.0.0.1: etcd, kube-apiserver, kube-controller-manager,
// kube-scheduler, and kwok simulating the kubelets of the nodes the tests create. Ports are free ports chosen
// at start, data lives in a temporary directory, and each process is stopped by the PID recorded at its start.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makePki, type ClientName, type Pki } from "./pki.js";
import type { Tools } from "./tools.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVICE_CIDR = "10.96.0.0/16";
const SERVICE_IP = "10.96.0.1"; // the first address of SERVICE_CIDR: the kubernetes Service, named in the serving cert

export interface ControlPlane {
  readonly dir: string;
  readonly server: string;
  /** kubeconfig of the admin (system:masters) whose only context is `context`. */
  readonly kubeconfig: string;
  readonly context: string;
  /** PIDs by component, in start order. */
  readonly pids: Readonly<Record<string, number>>;
  /** Seconds from the first process started to every component healthy. */
  readonly readySeconds: number;
  stop(): Promise<void>;
  /** The last lines of a component's log, for failure messages. */
  logTail(component: string, lines?: number): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function kubeconfigFor(pki: Pki, server: string, context: string, user: ClientName): string {
  const b64 = (path: string) => readFileSync(path).toString("base64");
  const client = pki.clients[user];
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `- name: ${JSON.stringify(context)}`,
    "  cluster:",
    `    server: ${server}`,
    `    certificate-authority-data: ${b64(pki.caCert)}`,
    "users:",
    `- name: ${user}`,
    "  user:",
    `    client-certificate-data: ${b64(client.cert)}`,
    `    client-key-data: ${b64(client.key)}`,
    "contexts:",
    `- name: ${JSON.stringify(context)}`,
    "  context:",
    `    cluster: ${JSON.stringify(context)}`,
    `    user: ${user}`,
    `current-context: ${JSON.stringify(context)}`,
    "",
  ].join("\n");
}

/** GET over HTTPS on loopback; resolves the status code (0 when nothing answers). */
function probe(url: string, pki: Pki, verify: boolean): Promise<number> {
  return new Promise((resolve) => {
    const admin = pki.clients.admin;
    const req = request(
      url,
      {
        method: "GET",
        timeout: 2000,
        ca: verify ? readFileSync(pki.caCert) : undefined,
        cert: readFileSync(admin.cert),
        key: readFileSync(admin.key),
        // The controller-manager and the scheduler serve a self-signed certificate of their own.
        rejectUnauthorized: verify,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", () => resolve(0));
    req.on("timeout", () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StartOptions {
  /** The kubeconfig context to write: the one the blueprint's cluster names. */
  readonly context: string;
  /** @default 90 */
  readonly timeoutSeconds?: number;
  /** kwok's Stage file: what the simulated kubelets do. @default harness/kwok-stages.yaml */
  readonly kwokStages?: string;
}

export async function startControlPlane(tools: Tools, options: StartOptions): Promise<ControlPlane> {
  const dir = mkdtempSync(join(process.env.AIFACTORY_E2E_TMP ?? tmpdir(), "aifactory-e2e-"));
  const pki = await makePki(tools.openssl, dir, SERVICE_IP);
  const [etcdClient, etcdPeer, apiPort, cmPort, schedPort, kwokPort] = await Promise.all(
    [0, 1, 2, 3, 4, 5].map(() => freePort()),
  );
  const server = `https://127.0.0.1:${apiPort}`;
  const kubeconfig = join(dir, "admin.kubeconfig");
  writeFileSync(kubeconfig, kubeconfigFor(pki, server, options.context, "admin"));
  const cmConfig = join(dir, "controller-manager.kubeconfig");
  writeFileSync(cmConfig, kubeconfigFor(pki, server, "local", "controller-manager"));
  const schedConfig = join(dir, "scheduler.kubeconfig");
  writeFileSync(schedConfig, kubeconfigFor(pki, server, "local", "scheduler"));

  const children: { name: string; child: ChildProcess }[] = [];
  const pids: Record<string, number> = {};
  const startedAt = Date.now();
  const launch = (name: string, file: string, args: string[]) => {
    const log = openSync(join(dir, `${name}.log`), "a");
    const child = spawn(file, args, { stdio: ["ignore", log, log], detached: false });
    if (child.pid === undefined) throw new Error(`cannot start ${name} (${file})`);
    pids[name] = child.pid;
    children.push({ name, child });
    writeFileSync(join(dir, "pids"), Object.entries(pids).map(([n, p]) => `${n} ${p}`).join("\n") + "\n");
  };
  const logTail = (component: string, lines = 30) => {
    try {
      return readFileSync(join(dir, `${component}.log`), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "(no log)";
    }
  };

  const stop = async () => {
    // Reverse start order, by recorded PID only.
    for (const { name } of [...children].reverse()) {
      const pid = pids[name];
      if (pid === undefined) continue;
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        continue; // already gone
      }
    }
    const deadline = Date.now() + 10_000;
    for (const { name, child } of [...children].reverse()) {
      while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) await sleep(100);
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(pids[name]!, "SIGKILL");
        } catch {
          /* gone */
        }
      }
    }
    process.removeListener("exit", killAtExit);
    process.removeListener("SIGTERM", killAndExit);
    process.removeListener("SIGINT", killAndExit);
    if (process.env.AIFACTORY_E2E_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
  };
  // If the test process dies first, take the processes with it (still by PID).
  const killAtExit = () => {
    for (const pid of Object.values(pids)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  };
  const killAndExit = () => {
    killAtExit();
    process.exit(143);
  };
  process.on("exit", killAtExit);
  process.on("SIGTERM", killAndExit);
  process.on("SIGINT", killAndExit);

  try {
    launch("etcd", tools.etcd, [
      "--name=e2e", `--data-dir=${join(dir, "etcd")}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`, `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`, `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=e2e=http://127.0.0.1:${etcdPeer}`, "--unsafe-no-fsync", "--log-level=warn",
    ]);
    launch("kube-apiserver", tools.kubeApiserver, [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", `--secure-port=${apiPort}`,
      // With a loopback advertise address the endpoint reconciler would publish 127.0.0.1 for the kubernetes Service.
      "--endpoint-reconciler-type=none",
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      "--authorization-mode=Node,RBAC",
      // On by default in 1.34; named so that a change of defaults cannot switch off what the tests rely on.
      "--enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,PodSecurity,Priority,ResourceQuota,DefaultTolerationSeconds,NodeRestriction",
      // Privileged containers are allowed cluster-wide, so that refusing one is Pod Security's doing.
      "--allow-privileged=true",
      `--client-ca-file=${pki.caCert}`,
      `--tls-cert-file=${pki.apiserverCert}`, `--tls-private-key-file=${pki.apiserverKey}`,
      `--service-account-key-file=${pki.serviceAccountPub}`, `--service-account-signing-key-file=${pki.serviceAccountKey}`,
      "--service-account-issuer=https://kubernetes.default.svc",
      `--requestheader-client-ca-file=${pki.frontProxyCaCert}`, "--requestheader-allowed-names=front-proxy-client",
      "--requestheader-username-headers=X-Remote-User", "--requestheader-group-headers=X-Remote-Group",
      "--requestheader-extra-headers-prefix=X-Remote-Extra-",
      `--proxy-client-cert-file=${pki.frontProxyClientCert}`, `--proxy-client-key-file=${pki.frontProxyClientKey}`,
      "--profiling=false",
    ]);
    await waitFor("kube-apiserver", () => probe(`${server}/readyz`, pki, true), options.timeoutSeconds ?? 90, logTail);
    launch("kube-controller-manager", tools.kubeControllerManager, [
      `--kubeconfig=${cmConfig}`, `--authentication-kubeconfig=${cmConfig}`, `--authorization-kubeconfig=${cmConfig}`,
      `--requestheader-client-ca-file=${pki.frontProxyCaCert}`,
      "--bind-address=127.0.0.1", `--secure-port=${cmPort}`, "--leader-elect=false",
      "--use-service-account-credentials=true",
      `--service-account-private-key-file=${pki.serviceAccountKey}`, `--root-ca-file=${pki.caCert}`,
      `--cluster-signing-cert-file=${pki.caCert}`, `--cluster-signing-key-file=${join(dir, "ca.key")}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      "--profiling=false",
    ]);
    launch("kube-scheduler", tools.kubeScheduler, [
      `--kubeconfig=${schedConfig}`, `--authentication-kubeconfig=${schedConfig}`, `--authorization-kubeconfig=${schedConfig}`,
      `--requestheader-client-ca-file=${pki.frontProxyCaCert}`,
      "--bind-address=127.0.0.1", `--secure-port=${schedPort}`, "--leader-elect=false", "--profiling=false",
    ]);
    launch("kwok", tools.kwok, [
      `--kubeconfig=${kubeconfig}`, `--config=${options.kwokStages ?? join(HERE, "kwok-stages.yaml")}`,
      "--manage-all-nodes=false", "--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake",
      "--node-ip=127.0.0.1", `--server-address=127.0.0.1:${kwokPort}`, "--node-lease-duration-seconds=40",
    ]);
    await waitFor("kube-controller-manager", () => probe(`https://127.0.0.1:${cmPort}/healthz`, pki, false),
      options.timeoutSeconds ?? 90, logTail);
    await waitFor("kube-scheduler", () => probe(`https://127.0.0.1:${schedPort}/healthz`, pki, false),
      options.timeoutSeconds ?? 90, logTail);
    for (const { name, child } of children)
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${logTail(name)}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    dir, server, kubeconfig, context: options.context, pids,
    readySeconds: Math.round((Date.now() - startedAt) / 100) / 10,
    stop, logTail,
  };
}

async function waitFor(
  component: string, check: () => Promise<number>, timeoutSeconds: number, logTail: (c: string) => string,
): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let last = 0;
  while (Date.now() < deadline) {
    last = await check();
    if (last === 200) return;
    await sleep(250);
  }
  throw new Error(`${component} not healthy within ${timeoutSeconds}s (last status ${last}):\n${logTail(component)}`);
}
