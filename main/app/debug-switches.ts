/**
 * Packaged builds refuse to run with remote-debugging or inspector switches (they would expose the
 * unlocked store to anything on the machine that can reach the port). The Node inspector flags are also
 * disabled by the nodeCliInspect fuse; the Chromium switches have no fuse, so the app checks and quits
 * before it creates any window or opens any store. Development builds keep them (Playwright needs them).
 */
import { app } from 'electron';

const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
];

/** Returns false (and has asked the app to exit) when a packaged build was started with a debug switch. */
export function refuseDebuggingWhenPackaged(): boolean {
  if (!app.isPackaged) return true;
  const found = DEBUG_SWITCHES.filter((s) => app.commandLine.hasSwitch(s));
  const inArgv = process.argv.some((a) => /^--(remote-debugging|inspect)/u.test(a));
  if (found.length === 0 && !inArgv) return true;
  for (const s of found) app.commandLine.removeSwitch(s);
  console.error('[casework] refusing to start with debugging switches in a packaged build');
  app.exit(1);
  return false;
}
