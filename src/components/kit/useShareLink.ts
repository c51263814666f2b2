import { useEffect, useState } from 'react';
import type { PersistentTool } from '../../stores/persistent';
import { decodeShare, encodeShare, shareFromHash, shareUrl } from '../../lib/persist/share';

const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);

/** What a tool's share link offers: the incoming payload to accept or refuse, an error, and the link made. */
export interface ShareLinkState<T> {
  incoming: T | null;
  error: string | null;
  link: string | null;
  copied: boolean;
  accept: () => void;
  refuse: () => void;
  dismissError: () => void;
  share: () => Promise<void>;
  closeLink: () => void;
}

/**
 * Read a share link for this tool from the address (once, after hydration) and make one from its value.
 * A payload equal to what is saved is dropped quietly; any other waits for the reader to accept it.
 */
export function useShareLink<T>(tool: PersistentTool<T> | undefined, enabled: boolean): ShareLinkState<T> {
  const [incoming, setIncoming] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!tool || !enabled) return;
    const payload = shareFromHash(window.location.hash);
    if (!payload) return;
    const result = decodeShare(payload, tool.spec.tool, tool.spec.version, tool.spec.schema);
    if (!result.ok) {
      setError(result.message);
      clearHash();
      return;
    }
    if (JSON.stringify(result.value) === JSON.stringify(tool.$value.get())) clearHash();
    else setIncoming(result.value);
  }, [tool, enabled]);

  return {
    incoming,
    error,
    link,
    copied,
    accept: () => {
      if (tool && incoming !== null) tool.$value.set(incoming);
      setIncoming(null);
      clearHash();
    },
    refuse: () => {
      setIncoming(null);
      clearHash();
    },
    dismissError: () => setError(null),
    share: async () => {
      if (!tool) return;
      const made = shareUrl(window.location.href.split('#')[0] ?? window.location.href, encodeShare(tool.spec.tool, tool.spec.version, tool.$value.get()));
      setLink(made);
      try {
        await navigator.clipboard.writeText(made);
        setCopied(true);
      } catch {
        setCopied(false);
      }
    },
    closeLink: () => setLink(null),
  };
}
