/**
 * `npm run admin -- <command>`: IT's tools for organisation recovery (see USAGE in cli-args.ts).
 * Thin on purpose: parse arguments, read files and secrets, call the tested functions, print plain
 * messages. Exit codes: 0 done, 1 refused or failed (nothing changed unless it says so), 2 usage.
 * Never prints a stack trace, a key or a passphrase.
 */
import fs from 'node:fs';
import { AdminError } from './admin-error';
import { parseAdminArgs, USAGE, UsageError, type AdminCommand } from './cli-args';
import { describePublicKey, inspectProfile } from './inspect-profile';
import { recoverProfile } from './recover-profile';
import { stdinSecrets } from './secret-input';

function readTextFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new AdminError(`Cannot read the ${what} ${file}.`);
  }
}

async function newPassphraseFrom(input: ReturnType<typeof stdinSecrets>): Promise<string> {
  const first = await input.read('New passphrase for the practitioner: ');
  if (!input.interactive) return first;
  const second = await input.read('Type it again: ');
  if (first !== second) throw new AdminError('The two passphrases are different. Nothing was changed.');
  return first;
}

async function recover(command: Extract<AdminCommand, { name: 'recover' }>): Promise<void> {
  const privateKeyPem = readTextFile(command.privateKeyFile, 'private key file');
  const input = stdinSecrets();
  let privateKeyPassphrase: string | undefined;
  let newPassphrase: string;
  try {
    if (command.keyPassphraseFromStdin) privateKeyPassphrase = await input.read('Passphrase of the private key: ');
    newPassphrase = await newPassphraseFrom(input);
  } finally {
    input.close();
  }
  console.log('Recovering (this takes a few seconds)...');
  const result = await recoverProfile({ profileDir: command.profileDir, privateKeyPem, privateKeyPassphrase, newPassphrase });
  console.log(
    [
      `Recovered the profile "${result.displayName}" (${result.profileId}).`,
      `  Organisation key fingerprint: ${result.keyFingerprint}`,
      '  The practitioner can now unlock with the new passphrase. Their recovery key still works.',
      "  This recovery is recorded in the practitioner's audit log.",
    ].join('\n'),
  );
}

async function run(argv: readonly string[]): Promise<number> {
  let command: AdminCommand;
  try {
    command = parseAdminArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    switch (command.name) {
      case 'help':
        console.log(USAGE);
        break;
      case 'inspect':
        console.log(inspectProfile(command.profileDir).join('\n'));
        break;
      case 'fingerprint':
        console.log(describePublicKey(readTextFile(command.publicKeyFile, 'public key file')).join('\n'));
        break;
      case 'recover':
        await recover(command);
        break;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    console.error(error.message);
    return 1;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The name only: an unexpected error's message or stack could carry a path's content or a key.
    console.error(`Failed with an unexpected ${error instanceof Error ? error.name : 'error'}.`);
    process.exitCode = 1;
  },
);
