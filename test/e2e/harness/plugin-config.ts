// What the NVIDIA device plugin would read as its configuration on a given node, worked out from the
// objects the API server holds: the plugin pod scheduled there, the node's labels and the ConfigMap the pod
// mounts. With the chart's config-manager (NVIDIA/k8s-device-plugin v0.20.0 cmd/config-manager/main.go,
// read 2026-12-01) the choice is: the node label NODE_LABEL names a config file, which must exist; without
// the label, DEFAULT_CONFIG; without a default, FALLBACK_STRATEGIES in order ("named": a file called
// "default"; "single": the only file; "empty": no config). Without a config-manager, CONFIG_FILE is read
// from whatever volume is mounted at its directory.
import { posix } from "node:path";
import { parse } from "yaml";

interface EnvVar { name: string; value?: string }
interface Mount { name: string; mountPath: string }
interface Container { name: string; command?: string[]; env?: EnvVar[]; volumeMounts?: Mount[] }
interface Volume { name: string; configMap?: { name: string; items?: { key: string; path: string }[] } }
export interface PodLike { metadata: { name: string; namespace: string }; spec: { nodeName?: string; initContainers?: Container[]; containers: Container[]; volumes?: Volume[] } }
export interface ConfigMapLike { data?: Record<string, string> }

export type PluginConfig =
  | { readonly ok: true; readonly name: string; readonly file: string; readonly config: DevicePluginConfigV1 | undefined }
  | { readonly ok: false; readonly reason: string };

/** The fields of the plugin's config file (api/config/v1) that the test bed compares. */
export interface DevicePluginConfigV1 {
  version?: string;
  flags?: { migStrategy?: string; failOnInitError?: boolean };
  sharing?: {
    timeSlicing?: { resources?: { name: string; replicas: number }[] };
    mps?: { resources?: { name: string; replicas: number }[] };
  };
}

const env = (c: Container, name: string) => c.env?.find((e) => e.name === name)?.value;

export function pluginConfigOnNode(
  pod: PodLike,
  nodeLabels: Readonly<Record<string, string>>,
  readConfigMap: (name: string) => ConfigMapLike | undefined,
): PluginConfig {
  const all = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  const manager = all.find((c) => (c.command ?? []).some((a) => posix.basename(a) === "config-manager"));
  const plugin = pod.spec.containers.find((c) => (c.command ?? []).some((a) => posix.basename(a) === "nvidia-device-plugin"))
    ?? pod.spec.containers.find((c) => env(c, "CONFIG_FILE") !== undefined);
  if (plugin === undefined) return { ok: false, reason: `pod ${pod.metadata.name} has no nvidia-device-plugin container` };
  const volumeAt = (c: Container, dir: string): Volume | undefined => {
    const mount = c.volumeMounts?.find((m) => posix.normalize(m.mountPath) === posix.normalize(dir));
    return pod.spec.volumes?.find((v) => v.name === mount?.name);
  };
  const configMapAt = (c: Container, dir: string): string | undefined => volumeAt(c, dir)?.configMap?.name;

  if (manager === undefined) {
    const file = env(plugin, "CONFIG_FILE");
    if (file === undefined) return { ok: true, name: "(built-in defaults)", file: "", config: undefined };
    const source = volumeAt(plugin, posix.dirname(file))?.configMap;
    const cm = source === undefined ? undefined : readConfigMap(source.name);
    // The kubelet projects a ConfigMap volume: with `items`, only the listed keys, each at its `path`; without, every key.
    const base = posix.basename(file);
    const key = source?.items === undefined ? base : source.items.find((i) => posix.normalize(i.path) === base)?.key;
    const body = key === undefined ? undefined : cm?.data?.[key];
    if (body === undefined) return { ok: false, reason: `CONFIG_FILE ${file} is not in a mounted ConfigMap` };
    return { ok: true, name: key!, file, config: parse(body) as DevicePluginConfigV1 };
  }

  const srcDir = env(manager, "CONFIG_FILE_SRCDIR") ?? "";
  const cmName = configMapAt(manager, srcDir);
  const cm = cmName === undefined ? undefined : readConfigMap(cmName);
  if (cm === undefined) return { ok: false, reason: `config-manager's CONFIG_FILE_SRCDIR ${srcDir} is not a mounted ConfigMap that exists` };
  const files = Object.keys(cm.data ?? {});
  if (files.length === 0) return { ok: false, reason: "no configuration files available" };
  const labelKey = env(manager, "NODE_LABEL") ?? "nvidia.com/device-plugin.config";
  const label = nodeLabels[labelKey] ?? "";
  let name: string | undefined;
  if (label !== "") {
    if (!files.includes(label)) return { ok: false, reason: `node label ${labelKey}=${label}: specified config ${label} does not exist` };
    name = label;
  } else if ((env(manager, "DEFAULT_CONFIG") ?? "") !== "") {
    name = env(manager, "DEFAULT_CONFIG")!;
    if (!files.includes(name)) return { ok: false, reason: `default config ${name} does not exist` };
  } else {
    for (const strategy of (env(manager, "FALLBACK_STRATEGIES") ?? "").split(",").filter((x) => x !== "")) {
      if (strategy === "named" && files.includes("default")) { name = "default"; break; }
      if (strategy === "single" && files.length === 1) { name = files[0]; break; }
      if (strategy === "empty") return { ok: true, name: "(empty)", file: "", config: undefined };
    }
    if (name === undefined) return { ok: false, reason: "no config was set, no default was provided, and all fallbacks failed" };
  }
  return { ok: true, name, file: `${srcDir}/${name}`, config: parse(cm.data![name]!) as DevicePluginConfigV1 };
}

/** The settings of a config that a pool's blueprint entry decides. */
export function effectiveSettings(config: DevicePluginConfigV1 | undefined): { migStrategy: string; sharing: string; replicas: number } {
  const gpu = (list?: { name: string; replicas: number }[]) => list?.find((r) => r.name === "nvidia.com/gpu")?.replicas;
  const ts = gpu(config?.sharing?.timeSlicing?.resources);
  const mps = gpu(config?.sharing?.mps?.resources);
  return {
    migStrategy: config?.flags?.migStrategy ?? "none",
    sharing: ts !== undefined ? "time-slicing" : mps !== undefined ? "mps" : "none",
    replicas: ts ?? mps ?? 1,
  };
}
