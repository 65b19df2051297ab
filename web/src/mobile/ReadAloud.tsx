/**
 * 朗读 / Read aloud: the browser's speech synthesis reads a block of instructions or a decision
 * in the page's language. Shown only where the browser has speech synthesis (and a voice for the
 * language is not required: the browser picks its default when it has none).
 */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from './i18n';
import { Icon } from './Icon';

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : null;
}

/** A button that reads the text of `target` (its visible text, buttons left out). */
export function ReadAloud({ target, testId }: { target: RefObject<HTMLElement | null>; testId?: string }) {
  const { t, i18n } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => synth()?.cancel(), []);
  const s = synth();
  if (!s) return null;
  const toggle = () => {
    if (speaking) {
      s.cancel();
      setSpeaking(false);
      return;
    }
    const node = target.current;
    if (!node) return;
    const copy = node.cloneNode(true);
    if (copy instanceof HTMLElement) for (const b of copy.querySelectorAll('button, [data-no-read]')) b.remove();
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    s.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = i18n.language === 'en' ? 'en-US' : 'zh-CN';
    u.rate = 0.9;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    s.speak(u);
  };
  return (
    <button type="button" className="m-read" aria-pressed={speaking} data-testid={testId ?? 'm-read-aloud'} onClick={toggle}>
      <Icon name={speaking ? 'stop' : 'speak'} />
      {speaking ? t('mobile.read.stop') : t('mobile.read.start')}
    </button>
  );
}
