// Names from outside (lender, product, account id, status text, site name) can hold bidi controls
// such as U+202E RIGHT-TO-LEFT OVERRIDE. Shown as they are, they reverse the text around them ("…的额度
// 历史" read backwards). Each is isolated where it is shown: <bdi> in the DOM, FSI…PDI (U+2068 …
// U+2069) in plain-text places (attributes, <option>, canvas read-outs, notifications), so whatever a
// name holds stays inside it.
import type { ComponentChild } from 'preact';
import { isolated } from '../../utils/bidi';

export { isolated };

/** A name in the DOM, isolated from the text around it. */
export function Name({ text }: { text: string | undefined }) {
  return text ? <bdi>{text}</bdi> : null;
}

/** A filled message template whose `{param}`s are nodes: names go in as <Name>, so the template's own
 *  words keep their order whatever the names hold. */
export function fillNodes(template: string, params: Record<string, ComponentChild>): ComponentChild[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return key !== undefined && Object.hasOwn(params, key) ? params[key] : part;
  });
}

/** Text built elsewhere with names inside (an alert's title and detail): each occurrence of one of
 *  `names` is wrapped in <bdi>. Longest names first, so "京东 白条" wins over "京东". */
export function isolateNames(text: string, names: (string | undefined)[]): ComponentChild[] {
  const wanted = [...new Set(names.filter((n): n is string => !!n && text.includes(n)))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [text];
  const pattern = new RegExp(`(${wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <bdi>{part}</bdi> : part));
}
