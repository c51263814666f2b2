/**
 * Content-Security-Policy text: parse a policy, merge the policies of many pages into one header,
 * and list the inline script bodies a page carries (so tests can check each has its hash).
 */

/** A policy as directive name → sources, in the order first seen. */
export type Policy = Map<string, string[]>;

/** Parse `a b c; d e` into a policy. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Serialise a policy back to header text. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy allowing what any of `policies` allows (hashes are unioned per directive). */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const into = merged.get(name) ?? [];
      for (const s of sources) if (!into.includes(s)) into.push(s);
      merged.set(name, into);
    }
  }
  return merged;
}

/** The policy text of a page's `<meta http-equiv="content-security-policy">`, or null. */
export function metaPolicy(html: string): string | null {
  const tag = html.match(/<meta[^>]+http-equiv=["']content-security-policy["'][^>]*>/i)?.[0];
  const content = tag?.match(/content=(["'])([\s\S]*?)\1/i)?.[2];
  return content == null ? null : content.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The bodies of a page's inline scripts (no `src`, not JSON data). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/i.test(attrs) || /type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    out.push(m[2] ?? '');
  }
  return out;
}
