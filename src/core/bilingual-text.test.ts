import { describe, expect, it } from 'vitest';
import { splitBilingual, textIn } from './bilingual-text.js';

describe('texts recorded as "中文 / English"', () => {
  it('gives each language its part', () => {
    expect(splitBilingual('广西最低工资标准调整通知（示意） / Guangxi minimum wage notice (sketch)')).toEqual({
      zh: '广西最低工资标准调整通知（示意）',
      en: 'Guangxi minimum wage notice (sketch)',
    });
    expect(textIn("都安县外出务工交通补贴 / Du'an travel subsidy", 'zh-CN')).toBe('都安县外出务工交通补贴');
    expect(textIn("都安县外出务工交通补贴 / Du'an travel subsidy", 'en')).toBe("Du'an travel subsidy");
  });

  it('splits at the last separator whose right side holds no Chinese', () => {
    expect(splitBilingual('人社部 / 财政部 / MOHRSS and MOF')).toEqual({ zh: '人社部 / 财政部', en: 'MOHRSS and MOF' });
  });

  it('keeps any other text whole in both languages', () => {
    for (const text of ['桂人社发〔2021〕12号', 'MOHRSS / MOF', '人社部 / 财政部', '通知 / ', 'notice'])
      expect(splitBilingual(text)).toEqual({ zh: text, en: text });
  });

  it('answers in Chinese for a language it does not hold', () => {
    expect(textIn('通知 / notice', 'ug')).toBe('通知');
  });
});
