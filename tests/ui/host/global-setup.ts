/** Builds the renderer once before the UI tests, so they never run against a stale bundle. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function globalSetup(): void {
  const repo = path.resolve(__dirname, '../../..');
  execFileSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
  });
}
