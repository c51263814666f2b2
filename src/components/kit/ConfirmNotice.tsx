import type { ReactNode, Ref } from 'react';
import { Notice } from './Notice';

/** A warning that asks before something is lost: the question, then a primary button to go ahead and one to back out. */
export function ConfirmNotice(props: {
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Lets the caller move focus to the confirm button when the question appears. */
  confirmRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <Notice tone="warn">
      <p>{props.children}</p>
      <div className="kit-actions">
        <button type="button" className="kit-button kit-button-primary" ref={props.confirmRef} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="kit-button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </Notice>
  );
}
