/**
 * Arguments of `npm run admin -- <command> ...`. Accepts `--name value` and `--name=value`. Anything
 * that looks like a passphrase on the command line is refused with the reason, not just "unknown".
 */
import path from 'node:path';
import { AdminError } from './admin-error';

export const USAGE = `Usage: npm run admin -- <command> [options]

Commands (for IT; see docs/store-format.md, "Organisation key slot and recovery"):
  recover --profile <folder> --private-key <pem file> [--key-passphrase-stdin]
      Opens the profile's organisation slot with the council's private key and sets a new passphrase.
      The new passphrase is read from standard input: typed twice at a terminal, or one line when
      piped. With --key-passphrase-stdin the private key's own passphrase is read first.
      Casework must be closed for that profile. The recovery is recorded in the practitioner's audit log.
  inspect --profile <folder>
      Lists the profile's key slots: types, dates, the organisation key fingerprint. Shows no secrets.
  fingerprint --public-key <pem file>
      Prints the fingerprint of an organisation public key (SHA-256 of its SubjectPublicKeyInfo).
Passphrases are never accepted as arguments: other users can read arguments in the process list.`;

export type AdminCommand =
  | { name: 'recover'; profileDir: string; privateKeyFile: string; keyPassphraseFromStdin: boolean }
  | { name: 'inspect'; profileDir: string }
  | { name: 'fingerprint'; publicKeyFile: string }
  | { name: 'help' };

/** A command-line mistake: the CLI prints the message with the usage and exits 2. */
export class UsageError extends AdminError {}

const VALUE_FLAGS: Record<string, readonly string[]> = {
  recover: ['profile', 'private-key'],
  inspect: ['profile'],
  fingerprint: ['public-key'],
};
const SWITCHES: Record<string, readonly string[]> = { recover: ['key-passphrase-stdin'] };

function parseFlags(command: string, argv: readonly string[]): { values: Map<string, string>; switches: Set<string> } {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/su.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument: ${arg}`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (SWITCHES[command]?.includes(name) && inline === undefined) {
      switches.add(name);
    } else if (VALUE_FLAGS[command]?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
      values.set(name, value);
    } else if (/pass|secret|password/u.test(name)) {
      throw new UsageError(`--${name}: passphrases are never taken from the command line (other users can see arguments). They are read from standard input.`);
    } else {
      throw new UsageError(`Unknown option for ${command}: --${name}`);
    }
  }
  return { values, switches };
}

function required(values: Map<string, string>, name: string, what: string): string {
  const value = values.get(name);
  if (!value) throw new UsageError(`Missing --${name} <${what}>.`);
  return path.resolve(value);
}

export function parseAdminArgs(argv: readonly string[]): AdminCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { name: 'help' };
  if (!Object.hasOwn(VALUE_FLAGS, command)) throw new UsageError(`Unknown command: ${command}`);
  const { values, switches } = parseFlags(command, rest);
  switch (command) {
    case 'recover':
      return {
        name: 'recover',
        profileDir: required(values, 'profile', 'folder'),
        privateKeyFile: required(values, 'private-key', 'pem file'),
        keyPassphraseFromStdin: switches.has('key-passphrase-stdin'),
      };
    case 'inspect':
      return { name: 'inspect', profileDir: required(values, 'profile', 'folder') };
    default:
      return { name: 'fingerprint', publicKeyFile: required(values, 'public-key', 'pem file') };
  }
}
