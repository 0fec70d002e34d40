/** The docward version, kept in step with package.json by test/version.test.ts. */
export const VERSION = '0.1.0';

/**
 * The wire version this bundle speaks with the native binary (napi functions and the batch encoding
 * of native/src/batch.rs); equal to native/WIRE_VERSION (test/version.test.ts). The loader refuses a
 * binary whose `version()` differs: bundle and binaries ship together, so no older format is decoded.
 */
export const NATIVE_WIRE_VERSION = '5';
