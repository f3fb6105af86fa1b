/**
 * An amount of money as a reader types it into the 党费计算 tool: “6800”, “６８００”, “6,800.50”, “6800元”,
 * “￥6800” — read into 分, or refused with a Chinese reason shown at the field. Never a guess: “68,00”, “6800.123”,
 * “六千八” and “6800-200” are refused, not rounded or half-read.
 */

export type AmountResult = { ok: true; cents: number } | { ok: false; problem: string };

/** More than any monthly income: a slip of the keyboard (an extra 0 or two), not a salary. */
export const MAX_YUAN = 10_000_000;

/** Full-width digits and punctuation to their ASCII forms; spaces dropped. */
function narrow(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，,]/g, ',')
    .replace(/[－—–]/g, '-')
    .replace(/[\s\u3000]+/g, '');
}

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** `what` names the field in the messages: 税后月收入, 自愿多交金额. */
export function parseAmount(text: string, what = '金额'): AmountResult {
  const fail = (problem: string): AmountResult => ({ ok: false, problem });
  const value = narrow(text)
    .replace(/^[￥¥]/, '')
    .replace(/(?:人民币)?元(?:整)?$/, '')
    .replace(/^人民币/, '');
  if (value === '') return fail(`请填写${what}，例如 6800`);
  if (value.startsWith('-')) return fail(`${what}不能是负数`);
  const match = NUMBER.exec(value);
  if (!match) {
    if (/^[\d,]+(?:\.\d+)?$/.test(value))
      return fail(`「${text.trim()}」中的逗号位置不对：逗号只用来每三位分隔，例如 12,800`);
    return fail(`「${text.trim()}」不是金额：只填阿拉伯数字，可带小数点，例如 6800 或 6800.50`);
  }
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return fail(`${what}最多写到分（小数点后两位），例如 6800.50`);
  const cents = Number(match[1]!.replace(/,/g, '')) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents === 0) return fail(`${what}应大于0`);
  if (cents > MAX_YUAN * 100) return fail(`${what}超过${MAX_YUAN / 10000}万元，请核对是否多写了位数`);
  return { ok: true, cents };
}
