import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript helper in a child Node process: node itself with tsx as a loader (the tsx
 * launcher would run it in a grandchild that survives a SIGKILL). The test worker is a fork: its
 * IPC channel variables must not leak into the child.
 */
export function spawnTs(script: string, args: string[], options: SpawnOptionsWithoutStdio = {}): ChildProcessWithoutNullStreams {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_CHANNEL') && !k.startsWith('VITEST')));
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, env, ...options });
}

/** Resolves with the first stdout line the predicate accepts; rejects when the child exits first. */
export function lineFrom(child: ChildProcessWithoutNullStreams, accept: (line: string) => boolean = () => true): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let stderr = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      const line = lines.find(accept);
      if (line !== undefined) {
        child.stdout.off('data', onData);
        resolve(line);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before the expected line: ${stderr}`)));
  });
}
