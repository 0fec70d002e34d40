// Describes the machine and tool versions a result was measured on, so tables from different days can be compared.
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const firstLine = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : 'unavailable';
};

export function machineInfo({ peerBin, repo }) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const meminfo = existsSync('/proc/meminfo') ? readFileSync('/proc/meminfo', 'utf8') : '';
  const memKB = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? 0);
  const peerPkg = path.join(path.dirname(peerBin), 'package.json');
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'native/src'], { encoding: 'utf8', cwd: repo }).stdout?.trim();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: firstLine('nproc', []),
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memory: `${(memKB / 1024 / 1024).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    rustc: firstLine('rustc', ['--version']),
    rg: firstLine('rg', ['--version']),
    peer: existsSync(peerPkg) ? `markdownlint-cli2 ${JSON.parse(readFileSync(peerPkg, 'utf8')).version}` : 'not installed',
    commit: `${firstLine('git', ['rev-parse', '--short', 'HEAD'], repo)}${dirty ? ' (+ uncommitted changes in src/ or native/src/)' : ''}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
