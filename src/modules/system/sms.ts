/**
 * The pluggable SMS sender. The built-in sender writes each message to the log (phone masked, text in
 * full, so the demo shows one-time codes) and keeps the last messages in memory for the demo's SMS
 * page. A deployment replaces it with a gateway client implementing the same interface.
 */
import { maskPhone } from '../../crypto/mask.js';

export interface SmsMessage {
  to: string;
  text: string;
  at: string;
}

export interface SmsSender {
  send(to: string, text: string): Promise<void>;
  /** Messages sent recently (only the log sender keeps them; for demos and tests). */
  recent(): SmsMessage[];
}

/** The one-time code (six digits) a message carries, or null. */
export function oneTimeCode(text: string): string | null {
  return /(?<!\d)\d{6}(?!\d)/.exec(text)?.[0] ?? null;
}

export function createLogSmsSender(log: (line: string) => void = (l) => console.log(l), keep = 50): SmsSender {
  const sent: SmsMessage[] = [];
  return {
    async send(to, text) {
      sent.push({ to, text, at: new Date().toISOString() });
      if (sent.length > keep) sent.shift();
      // One line that stands out among the JSON request lines; the code first, so `grep 验证码` finds it.
      const code = oneTimeCode(text);
      log(`[sms 演示短信] ${code ? `验证码 code ${code} ` : ''}to ${maskPhone(to)}: ${text}`);
    },
    recent: () => [...sent],
  };
}
