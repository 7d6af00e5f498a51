// The NVIDIA GPU Operator on the test bed, played from what the API server holds (no operator runs here: its Go
// module is not served to the bed). What the operator v26.7.0 does with aifactory's objects, read in
// NVIDIA/gpu-operator v26.7.0 controllers/object_controls.go (handleDevicePluginConfig, applyMIGConfiguration) and
// assets/state-device-plugin/0500_daemonset.yaml, checked 2026-12-01:
//  - its device plugin DaemonSet mounts the ConfigMap named by the ClusterPolicy's devicePlugin.config.name, from
//    the operator's own namespace, as the config-manager's CONFIG_FILE_SRCDIR;
//  - the config-manager (NODE_LABEL nvidia.com/device-plugin.config) picks the key the node's label names, and fails
//    when the ConfigMap lacks it; without the label it takes devicePlugin.config.default, and with none
//    FALLBACK_STRATEGIES=empty: the plugin's built-in defaults;
//  - MIG_STRATEGY=<mig.strategy> is set on the plugin, overriding the file's flags.migStrategy
//    (NVIDIA/k8s-device-plugin v0.20.0 api/config/v1/config.go NewConfig).
import { join } from "node:path";
import { parse } from "yaml";
import type { DevicePluginConfigV1 } from "./plugin-config.js";
import { REPO_ROOT } from "./tools.js";

/** aifactory's test CRD for ClusterPolicy, typed from the v26.7.0 fields (not the upstream CRD). */
export const CLUSTER_POLICY_CRD_FILE = join(REPO_ROOT, "test/e2e/world/crds/clusterpolicies.nvidia.com.yaml");
export const CONFIG_LABEL = "nvidia.com/device-plugin.config";

export interface ClusterPolicyLike {
  spec?: { devicePlugin?: { config?: { name?: string; default?: string } }; mig?: { strategy?: string } };
}
export interface ConfigMapData {
  data?: Record<string, string>;
}

export type OperatorSelection =
  | { readonly ok: true; readonly name: string; readonly config: DevicePluginConfigV1 | undefined; readonly migStrategy: string | undefined }
  | { readonly ok: false; readonly reason: string };

/** The config the operator's device plugin reads on a node with these labels. */
export function operatorPluginConfig(
  policy: ClusterPolicyLike,
  nodeLabels: Readonly<Record<string, string>>,
  readConfigMap: (name: string) => ConfigMapData | undefined,
): OperatorSelection {
  const cmName = policy.spec?.devicePlugin?.config?.name ?? "";
  const migStrategy = policy.spec?.mig?.strategy || undefined;
  if (cmName === "") return { ok: true, name: "(no config: built-in defaults)", config: undefined, migStrategy };
  const cm = readConfigMap(cmName);
  if (cm === undefined) return { ok: false, reason: `ConfigMap ${cmName}, named by the ClusterPolicy, is not in the operator's namespace` };
  const files = Object.keys(cm.data ?? {});
  const label = nodeLabels[CONFIG_LABEL] ?? "";
  const fallback = policy.spec?.devicePlugin?.config?.default ?? "";
  const name = label !== "" ? label : fallback;
  if (name === "") return { ok: true, name: "(empty)", config: undefined, migStrategy };
  if (!files.includes(name)) return { ok: false, reason: `${label !== "" ? `node label ${CONFIG_LABEL}=${label}` : `default ${name}`}: specified config ${name} does not exist in ConfigMap ${cmName}` };
  return { ok: true, name, config: parse(cm.data![name]!) as DevicePluginConfigV1, migStrategy };
}
