/**
 * `npm run demo -- --dir <folder> --passphrase <p> [--seed <n>]`
 * Makes a demo/training profile full of invented families in <folder> (the profiles root the app is
 * pointed at). Prints only the profile name, counts, recovery key and folder — never note content.
 */
import path from 'node:path';
import { DEMO_SEED } from './prng';
import { DemoSeedError, seedDemoProfile } from './seed-profile';

const USAGE = `Usage: npm run demo -- --dir <folder> --passphrase <passphrase> [--seed <number>]

Creates a demo/training profile with invented families and about 200 notes over 18 months.
  --dir         profiles folder to create the profile in (created if missing)
  --passphrase  passphrase for the new profile (at least 12 characters, or 4 words)
  --seed        different number, different (but repeatable) notes; default ${DEMO_SEED}
All names, places and events are fictional. Do not put real case information in a demo profile.`;

export interface DemoArgs {
  dir: string;
  passphrase: string;
  seed: number;
}

export class UsageError extends Error {}

/** Accepts `--name value` and `--name=value`. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs | 'help' {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^--(dir|passphrase|seed)(?:=(.*))?$/su.exec(arg);
    if (!match) throw new UsageError(`Unknown argument: ${arg}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${match[1]} needs a value.`);
    }
    values.set(match[1]!, value);
  }
  const dir = values.get('dir');
  if (!dir) throw new UsageError('Missing --dir <folder>.');
  const passphrase = values.get('passphrase');
  if (passphrase === undefined) throw new UsageError('Missing --passphrase <passphrase>.');
  const seedText = values.get('seed');
  const seed = seedText === undefined ? DEMO_SEED : Number(seedText);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError('--seed must be a whole number, 0 or more.');
  return { dir: path.resolve(dir), passphrase, seed };
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: DemoArgs | 'help';
  try {
    args = parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    console.log('Creating the demo profile (this takes a few seconds)...');
    const result = await seedDemoProfile({ profilesRoot: args.dir, passphrase: args.passphrase, now: new Date(), seed: args.seed });
    console.log(
      [
        '',
        'Demo profile created. It contains invented training data only.',
        `  Profile:      ${result.displayName}`,
        `  Cases:        ${result.caseCount}`,
        `  Notes:        ${result.noteCount}`,
        `  Recovery key: ${result.recoveryKey}`,
        `  Folder:       ${args.dir}`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof DemoSeedError) {
      console.error(`Could not create the demo profile: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Names only, like the app's own logging: an unexpected error's message could carry file content.
    console.error(`Could not create the demo profile: unexpected ${error instanceof Error ? error.name : 'error'}.`);
    process.exitCode = 1;
  },
);
