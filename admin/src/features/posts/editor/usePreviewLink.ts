import { useCallback, useState } from 'react';
import { useSiteTimeZone } from '../../../app/site/useSiteTimeZone';
import { splitResult, thrownMessage } from '../../../apollo/mutationResult';
import { formatDateTime } from '../../../components/formatDate';
import { useCreatePreviewLinkMutation } from './useCreatePreviewLinkMutation';

/**
 * "Copy preview link": asks for a new link, puts its URL on the clipboard and says until when it
 * works (site's clocks). Without clipboard access (plain http) the note carries the URL itself so
 * it can be copied by hand. `note` is what the editor shows in its status line.
 */
export function usePreviewLink(postId: string | null) {
  const [createPreviewLink, { loading }] = useCreatePreviewLinkMutation();
  const timeZone = useSiteTimeZone();
  const [note, setNote] = useState<{ text: string; isError: boolean } | null>(null);

  const copy = useCallback(async () => {
    if (!postId) return;
    try {
      const outcome = splitResult((await createPreviewLink({ variables: { postId } })).data?.createPreviewLink);
      if (!outcome.ok) return setNote({ text: `No preview link: ${outcome.error.message}`, isError: true });
      const { url, expiresAt } = outcome.payload;
      const until = formatDateTime(expiresAt, timeZone);
      try {
        await navigator.clipboard.writeText(url);
        setNote({ text: `Preview link copied; it works until ${until}: ${url}`, isError: false });
      } catch {
        setNote({ text: `Preview link (works until ${until}): ${url}`, isError: false });
      }
    } catch (error) {
      setNote({ text: `No preview link: ${thrownMessage(error)}`, isError: true });
    }
  }, [postId, createPreviewLink, timeZone]);

  return { copy, note, isBusy: loading, dismiss: useCallback(() => setNote(null), []) };
}
