/**
 * The controller's SSH identity: its ed25519 key pair (created on first
 * start in the data directory) and the one-time, password-based install of
 * its public key on a Spark.
 *
 * @module
 */
export {
  type ControllerKeys,
  controllerKeys,
  defaultKeyPath,
  ensureKeyPair,
  generateEd25519KeyPair,
  KEY_COMMENT,
  type PublicKeyInfo,
  readPublicKey,
} from "./key_pair.ts";
export {
  authorizeKeyCommand,
  type InstallOptions,
  installPublicKey,
  type InstallTarget,
} from "./install.ts";
