// `npm run dev`: the gateway (restarting on changes) and Vite's dev server (hot reload, proxying
// /graphql to the gateway) side by side, in one terminal. No extra package: two child processes,
// prefixed output, signals forwarded, and when either exits the other is stopped too, so a
// crashed gateway never leaves a Vite that silently proxies into nothing.
import { spawn, type ChildProcess } from 'node:child_process';

interface Task {
  name: string;
  colour: number;
  args: string[];
}

const tasks: Task[] = [
  { name: 'gateway', colour: 36, args: ['--import', 'tsx', '--watch', 'server/src/main.ts'] },
  { name: 'admin', colour: 35, args: ['node_modules/vite/bin/vite.js', '--config', 'admin/vite.config.ts'] },
];

const children: ChildProcess[] = [];
let stopping = false;

function prefixLines(task: Task, chunk: Buffer, out: NodeJS.WriteStream): void {
  const prefix = `\x1b[${task.colour}m[${task.name}]\x1b[0m `;
  const text = chunk.toString().replace(/\n(?=.)/g, `\n${prefix}`);
  out.write(prefix + text);
}

function stopAll(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}

for (const task of tasks) {
  const child = spawn(process.execPath, task.args, { stdio: ['inherit', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => prefixLines(task, chunk, process.stdout));
  child.stderr?.on('data', (chunk: Buffer) => prefixLines(task, chunk, process.stderr));
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[${task.name}] exited (${signal ?? code}); stopping the others`);
    stopAll('SIGTERM');
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
  children.push(child);
}

process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
