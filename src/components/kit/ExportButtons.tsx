/** The two download buttons of a tool that exports: Markdown to read or paste, JSON to import again. */
export function ExportButtons({ onMarkdown, onJson }: { onMarkdown: () => void; onJson: () => void }) {
  return (
    <>
      <button type="button" className="kit-button" onClick={onMarkdown}>
        Export Markdown
      </button>
      <button type="button" className="kit-button" onClick={onJson}>
        Export JSON
      </button>
    </>
  );
}
