import { useEffect, useState } from 'react';
import type { PersistentTool } from '../../stores/persistent';
import { loadShare, shareFromHash, shareUrl, warmShare } from '../../lib/persist/share-hash';

const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);

/** What a tool's share link offers: the incoming payload to accept or refuse, an error, and the link made. */
export interface ShareLinkState<T> {
  incoming: T | null;
  /** A link was applied at once because this browser had nothing of its own saved. */
  applied: boolean;
  dismissApplied: () => void;
  error: string | null;
  link: string | null;
  copied: boolean;
  accept: () => void;
  refuse: () => void;
  dismissError: () => void;
  share: () => Promise<void>;
  /** Start loading what making a link needs (on hover or focus of the button), so a click copies at once. */
  warm: () => void;
  closeLink: () => void;
}

/**
 * Read a share link for this tool from the address (once, after hydration) and make one from its value.
 * A payload equal to what is saved is dropped quietly; any other waits for the reader to accept it.
 * The compression and validation load only when the address has a payload or a link is made.
 */
export function useShareLink<T>(tool: PersistentTool<T> | undefined, enabled: boolean): ShareLinkState<T> {
  const [incoming, setIncoming] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const [applied, setApplied] = useState(false);

  useEffect(() => {
    if (!tool || !enabled) return;
    // Read a share link from the address; also when one is pasted for this page and only the hash changes.
    let current = true;
    const readHash = async () => {
      const payload = shareFromHash(window.location.hash);
      if (!payload) return;
      const { decodeShare } = await loadShare();
      if (!current || shareFromHash(window.location.hash) !== payload) return;
      const result = decodeShare(payload, tool.spec.tool, tool.spec.version, tool.spec.schema);
      setApplied(false);
      if (!result.ok) {
        setError(result.message);
        setIncoming(null);
        clearHash();
        return;
      }
      setError(null);
      if (JSON.stringify(result.value) === JSON.stringify(tool.$value.get())) {
        setIncoming(null);
        clearHash();
      } else if (!tool.hasSaved()) {
        // Nothing of this browser's own would be lost: apply the link and say so.
        tool.$value.set(result.value);
        setIncoming(null);
        setApplied(true);
        clearHash();
      } else setIncoming(result.value);
    };
    const onHash = () => void readHash();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => {
      current = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, [tool, enabled]);

  return {
    incoming,
    applied,
    dismissApplied: () => setApplied(false),
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
      const { encodeShare } = await loadShare();
      const made = shareUrl(window.location.href.split('#')[0] ?? window.location.href, encodeShare(tool.spec.tool, tool.spec.version, tool.$value.get()));
      setLink(made);
      try {
        await navigator.clipboard.writeText(made);
        setCopied(true);
      } catch {
        setCopied(false);
      }
    },
    warm: warmShare,
    closeLink: () => setLink(null),
  };
}
