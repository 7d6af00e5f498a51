// Credential patterns: what a key, token or password looks like in text. The security baseline (AIF-SEC012) runs
// them over every string of every generated object; tests run them over every rendered output file.
// Patterns follow the token formats their issuers document (prefixes such as AKIA, ghp_, xoxb-, nvapi-, AIza).

export interface CredentialPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

export const CREDENTIAL_PATTERNS: readonly CredentialPattern[] = [
  { name: "PEM private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  { name: "AWS access key ID", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { name: "NVIDIA NGC API key", pattern: /\bnvapi-[A-Za-z0-9_-]{20,}/ },
  { name: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { name: "bearer token", pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/ },
  { name: "credentials in a URL", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"']+:[^\s/@"']+@/i },
  {
    name: "password, secret or token assignment",
    // key = value or key: value with a value of 8+ non-space characters (a name like "token-free" does not match).
    pattern: /\b(?:password|passwd|secret|client[_-]?secret|access[_-]?key|api[_-]?key|auth[_-]?token|token)["']?\s*[:=]\s*["']?[^\s"',}]{8,}/i,
  },
];

export interface CredentialMatch {
  readonly name: string;
  /** The start of what matched, shortened so that reports do not repeat the credential. */
  readonly excerpt: string;
}

/** Every credential pattern the text matches (one match per pattern). */
export function findCredentials(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  for (const { name, pattern } of CREDENTIAL_PATTERNS) {
    const m = pattern.exec(text);
    if (m) out.push({ name, excerpt: `${m[0].slice(0, 8)}…` });
  }
  return out;
}

/** Names of environment variables that hold credentials: their values come from a Secret, never a literal. */
export const CREDENTIAL_ENV_NAME = /(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|CREDENTIALS?)$/i;
