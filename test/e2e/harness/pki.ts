// The test bed's PKI, made with openssl: a cluster CA (API server serving certificate and client
// certificates), a front-proxy CA for the API server's requestheader authentication (the controller-manager
// and the scheduler read it to authenticate their own HTTPS endpoints), and the service-account key pair.
// Everything is for 127.0.0.1 and lives in the run's temporary directory.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runOk } from "./exec.js";

export interface Pki {
  readonly dir: string;
  readonly caCert: string;
  readonly apiserverCert: string;
  readonly apiserverKey: string;
  readonly frontProxyCaCert: string;
  readonly frontProxyClientCert: string;
  readonly frontProxyClientKey: string;
  readonly serviceAccountKey: string;
  readonly serviceAccountPub: string;
  /** Client certificate and key per identity: admin (system:masters), controller-manager, scheduler. */
  readonly clients: Readonly<Record<ClientName, { readonly cert: string; readonly key: string }>>;
}

export type ClientName = "admin" | "controller-manager" | "scheduler";

const CLIENT_SUBJECTS: Readonly<Record<ClientName, string>> = {
  admin: "/O=system:masters/CN=aifactory-e2e-admin",
  "controller-manager": "/CN=system:kube-controller-manager",
  scheduler: "/CN=system:kube-scheduler",
};

async function ca(openssl: string, dir: string, name: string, cn: string): Promise<void> {
  await runOk(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=${cn}`,
    "-keyout", join(dir, `${name}.key`), "-out", join(dir, `${name}.crt`),
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign,digitalSignature"]);
}

async function signed(
  openssl: string, dir: string, name: string, subject: string, caName: string, extensions: string,
): Promise<void> {
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, extensions);
  await runOk(openssl, ["req", "-newkey", "rsa:2048", "-nodes", "-subj", subject,
    "-keyout", join(dir, `${name}.key`), "-out", join(dir, `${name}.csr`)]);
  await runOk(openssl, ["x509", "-req", "-in", join(dir, `${name}.csr`), "-days", "2",
    "-CA", join(dir, `${caName}.crt`), "-CAkey", join(dir, `${caName}.key`), "-CAcreateserial",
    "-extfile", ext, "-out", join(dir, `${name}.crt`)]);
}

const CLIENT_EXT = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n";

export async function makePki(openssl: string, dir: string, serviceIp: string): Promise<Pki> {
  await ca(openssl, dir, "ca", "aifactory-e2e-ca");
  await ca(openssl, dir, "front-proxy-ca", "aifactory-e2e-front-proxy-ca");
  await signed(openssl, dir, "apiserver", "/CN=kube-apiserver", "ca",
    "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n" +
      `subjectAltName=IP:127.0.0.1,IP:${serviceIp},DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\n`);
  await signed(openssl, dir, "front-proxy-client", "/CN=front-proxy-client", "front-proxy-ca", CLIENT_EXT);
  for (const [name, subject] of Object.entries(CLIENT_SUBJECTS)) await signed(openssl, dir, name, subject, "ca", CLIENT_EXT);
  await runOk(openssl, ["genrsa", "-out", join(dir, "sa.key"), "2048"]);
  await runOk(openssl, ["rsa", "-in", join(dir, "sa.key"), "-pubout", "-out", join(dir, "sa.pub")]);
  const pair = (name: string) => ({ cert: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) });
  return {
    dir,
    caCert: join(dir, "ca.crt"),
    apiserverCert: join(dir, "apiserver.crt"),
    apiserverKey: join(dir, "apiserver.key"),
    frontProxyCaCert: join(dir, "front-proxy-ca.crt"),
    frontProxyClientCert: join(dir, "front-proxy-client.crt"),
    frontProxyClientKey: join(dir, "front-proxy-client.key"),
    serviceAccountKey: join(dir, "sa.key"),
    serviceAccountPub: join(dir, "sa.pub"),
    clients: { admin: pair("admin"), "controller-manager": pair("controller-manager"), scheduler: pair("scheduler") },
  };
}
