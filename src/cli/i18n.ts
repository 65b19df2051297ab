/**
 * The command line's language (issue 11, point 6; docs/decisions/153): Chinese by default, English
 * when `--lang en` is given or the locale asks for it (LC_ALL, LC_MESSAGES or LANG starting with
 * "en"). `--lang zh` forces Chinese. Chosen once, before the commands are built, so help texts are
 * in the same language as messages.
 */
export type Lang = 'zh' | 'en';

/** The language from the arguments (`--lang en`, `--lang=en`) or else the locale. */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

let current: Lang = langOf(process.argv);

/** Sets the language (tests; the CLI sets it from its arguments at start). */
export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** One text in the current language. */
export function t(zh: string, en: string): string {
  return current === 'en' ? en : zh;
}

/** A message the services return (Chinese and English): the current language's half. */
export function say(m: { zh: string; en: string }): string {
  return current === 'en' ? m.en : m.zh;
}

/** Picks a language half out of a stored "中文 / English" message (job errors are stored so). */
export function half(text: string): string {
  const i = text.indexOf(' / ');
  if (i < 0) return text;
  return current === 'en' ? text.slice(i + 3) : text.slice(0, i);
}

/** The environment variables a command reads, for its help (name, default, meaning). */
export function envHelp(vars: ReadonlyArray<readonly [string, string, string, string]>): string {
  const head = t('环境变量：', 'Environment variables:');
  const width = Math.max(...vars.map(([n]) => n.length));
  const lines = vars.map(
    ([name, def, zh, en]) => `  ${name.padEnd(width)}  ${t(zh, en)}${def ? t(`（默认 ${def}）`, ` (default ${def})`) : ''}`,
  );
  return `\n${head}\n${lines.join('\n')}\n`;
}

/** Variables every command that opens the database reads. */
export const DB_ENV = [
  ['DATABASE_URL', '', 'PostgreSQL 连接串；不设置时使用 SQLite 文件', 'PostgreSQL connection string; unset: the SQLite file'],
  ['WUGONG_DATA_DIR', './data', '数据目录（SQLite 文件、密钥、上传文件）', 'data folder (SQLite file, key, uploaded files)'],
  ['WUGONG_DB_FILE', '$WUGONG_DATA_DIR/wugong.db', 'SQLite 数据库文件', 'the SQLite database file'],
  ['WUGONG_KEY', '', '个人信息密钥（base64，优先于密钥文件）', 'personal-data key (base64; takes precedence over the key file)'],
  ['WUGONG_KEY_FILE', '$WUGONG_DATA_DIR/wugong.key', '个人信息密钥文件', 'personal-data key file'],
  ['WUGONG_BLOB_DIR', '$WUGONG_DATA_DIR/blobs', '上传文件目录', 'uploaded files folder'],
  ['LANG', '', '以 en 开头时输出英文（或用 --lang en）', 'English output when it starts with en (or --lang en)'],
] as const;
