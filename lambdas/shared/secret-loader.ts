// Port: where the signing secrets come from. The secret cache (secret-cache.ts) calls it when its
// value is missing, expired or missed a signature; the adapters (secret-source.ts) read Secrets
// Manager, or a list given in the environment.

/** Every secret that may sign a webhook now (a signature made with any of them is valid). */
export type SecretLoader = () => Promise<string[]>;
