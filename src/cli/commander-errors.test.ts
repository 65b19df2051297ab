import { describe, expect, it } from 'vitest';
import { commanderErrorText } from './commander-errors.js';

describe("the parser's refusals in Chinese", () => {
  it('says each form commander writes in Chinese, keeping the names it quotes', () => {
    expect(commanderErrorText("error: unknown option '--bogus'\n", 'zh')).toBe("错误：未知选项 '--bogus'\n");
    expect(commanderErrorText("error: unknown command 'improt'\n(Did you mean import?)\n", 'zh')).toBe(
      "错误：未知命令 'improt'\n（是否想输入 import？）\n",
    );
    expect(commanderErrorText("error: unknown option '--as-user'\n(Did you mean one of --as, --lang?)\n", 'zh')).toBe(
      "错误：未知选项 '--as-user'\n（是否想输入以下之一：--as, --lang？）\n",
    );
    expect(commanderErrorText("error: missing required argument 'file'\n", 'zh')).toBe("错误：缺少必需的参数 'file'\n");
    expect(commanderErrorText("error: option '--as <username>' argument missing\n", 'zh')).toBe("错误：选项 '--as <username>' 缺少取值\n");
    expect(commanderErrorText("error: too many arguments for 'restore'. Expected 1 argument but got 2.\n", 'zh')).toBe(
      "错误：命令 'restore' 的参数过多：应为 1 个，实际 2 个。\n",
    );
    expect(commanderErrorText("error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en.\n", 'zh')).toBe(
      "错误：选项 '--lang <lang>' 的取值 'fr' 无效。 可选值：zh, en。\n",
    );
  });

  it('leaves English as commander wrote it, and an unknown form unchanged', () => {
    expect(commanderErrorText("error: unknown option '--bogus'\n", 'en')).toBe("error: unknown option '--bogus'\n");
    expect(commanderErrorText('something else entirely\n', 'zh')).toBe('something else entirely\n');
  });
});
