/**
 * Running the real `wugong` binary (bin/wugong.js) and the real server in child processes, each
 * test with its own data folder and, on PostgreSQL, its own database (created and dropped here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DialectName } from '../src/db/database.js';
import { loadConfig, type Config } from '../src/config.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { pgUrl } from './helpers/runtime.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'wugong.js');

export interface Place {
  dialect: DialectName;
  dir: string;
  /** Environment for the child processes (data folder, database, language). */
  env: NodeJS.ProcessEnv;
  /** The database URL on PostgreSQL (own database), undefined on SQLite. */
  url: string | undefined;
  dbName: string | undefined;
  drop(): Promise<void>;
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** A URL to another database on the test server. */
export function urlFor(dbName: string, password?: string): string {
  const u = new URL(pgUrl ?? 'postgres://postgres@127.0.0.1:5432/test');
  u.pathname = `/${dbName}`;
  if (password) u.password = password;
  return u.toString();
}

/** A fresh data folder and (on PostgreSQL) a fresh database. */
export async function newPlace(dialect: DialectName, extraEnv: NodeJS.ProcessEnv = {}): Promise<Place> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-cli-'));
  let dbName: string | undefined;
  let url: string | undefined;
  if (dialect === 'postgres') {
    dbName = `wg_cli_${crypto.randomBytes(5).toString('hex')}`;
    await admin((c) => c.query(`create database ${dbName}`));
    url = urlFor(dbName);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    WUGONG_DATA_DIR: dir,
    WUGONG_DEMO: 'false',
    ...(url ? { DATABASE_URL: url } : {}),
    ...extraEnv,
  };
  return {
    dialect,
    dir,
    env,
    url,
    dbName,
    async drop() {
      if (dbName) await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The configuration a child process with `env` would load. */
export function configOf(env: NodeJS.ProcessEnv): Config {
  return loadConfig(env);
}

/** Opens a runtime in this process on a place's database (to set up and to check). */
export async function openPlace(place: Place, env: NodeJS.ProcessEnv = {}): Promise<Runtime> {
  return openRuntime(configOf({ ...place.env, ...env }));
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `wugong ARGS` to the end. */
export function wugong(place: Place, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return finished(start(place, [BIN, ...args], env));
}

/** Starts node with arguments in the project folder, with the place's environment. */
export function start(
  place: Place,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcess & { out: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...place.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  return Object.assign(child, { out });
}

export function finished(child: ChildProcess & { out: { stdout: string; stderr: string } }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: child.out.stdout, stderr: child.out.stderr }));
  });
}

/** Resolves when the child's output (stdout or stderr) matches. */
export function waitFor(child: ChildProcess & { out: { stdout: string; stderr: string } }, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(child.out.stdout) || pattern.test(child.out.stderr)) {
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('close', () => reject(new Error(`exited before ${String(pattern)}:\n${child.out.stdout}\n${child.out.stderr}`)));
    check();
  });
}

/** A people CSV: the template header, `good` valid rows of a township, and `bad` rows with a wrong ID check character. */
export function peopleCsv(good: number, bad = 0, opts: { example?: boolean; seed?: number } = {}): string {
  const header =
    '姓名,身份证号码,手机号码,户籍地代码,常住地代码,就业地代码,参保地代码,建档立卡,建档立卡起始日期,建档立卡结束日期,低保,低保起始日期,低保结束日期,文化程度,愿意外出务工,期望月薪(元),技能,银行账号';
  const lines = [header];
  if (opts.example)
    lines.push(
      '韦小明,451228199003150016,13800001234,451228100,451228100,441900113,441900,是,2016-01-01,,否,,,初中,是,4500,电工、焊工,6222021234567890123',
    );
  const seed = opts.seed ?? 0;
  for (let i = 0; i < good + bad; i++) {
    const id = idNumber(
      `4512281985${String(1 + ((seed + i) % 12)).padStart(2, '0')}${String(1 + (Math.floor((seed + i) / 12) % 28)).padStart(2, '0')}`,
      (seed + i) % 1000,
    );
    const wrong = i >= good ? id.slice(0, 17) + (id[17] === '0' ? '1' : '0') : id;
    lines.push(`覃导入${i},${wrong},,451228100,,,,否,,,否,,,,否,,,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A valid 18-digit ID number for a birth prefix (12 digits: area + YYYYMMDD) and a sequence. */
export function idNumber(prefix14: string, seq: number): string {
  const body = `${prefix14}${String(seq).padStart(3, '0')}`.slice(0, 17);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}
