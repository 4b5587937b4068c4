// On every screen: what is kept on this phone and for how long, shared-phone mode, and deleting everything.
import { memo, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { RETENTION_DAYS, isRetentionDays } from '../../contactLog/retention.ts';
import type { RetentionDays } from '../../contactLog/retention.ts';
import { fill, useFrameText } from '../app/uiText.ts';

interface PrivacyPanelProps {
  sharedMode: boolean;
  storageAvailable: boolean;
  retentionDays: number;
  /** The browser refused to save: what was entered stays only while the page is open. */
  saveFailed?: boolean;
  /** The phone's storage is full: said as that, since reading and deleting still work. */
  storageFull?: boolean;
  /** Something is kept that turning on shared-phone mode would delete, so it asks first. */
  holdsData?: boolean;
  onSharedModeChange: (on: boolean) => void;
  /** Opens the contact log to export it before shared-phone mode deletes it; without it, no such offer. */
  onExportFirst?: () => void;
  /** Without it there is no choice of how long to keep (nothing can be re-saved yet while a flow loads). */
  onRetentionChange?: (days: RetentionDays) => void;
  onDeleteAll: () => void;
}

/** Asks before something that cannot be undone; `children` are the buttons besides Cancel. */
function Confirm({
  label,
  text,
  onCancel,
  children,
}: {
  label: string;
  text: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { privacy: t } = useFrameText();
  return (
    <div className="confirm-delete" role="group" aria-label={label}>
      <p>{text}</p>
      <div className="buttons">
        {children}
        <button type="button" className="button-link" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

export const PrivacyPanel = memo(function PrivacyPanel(props: PrivacyPanelProps) {
  const { sharedMode, storageAvailable, retentionDays } = props;
  const [confirming, setConfirming] = useState<'delete' | 'shared' | undefined>();
  const retentionId = useId();
  const { privacy: t } = useFrameText();
  const close = () => {
    setConfirming(undefined);
  };
  return (
    <footer className="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t.heading}</h2>
      {sharedMode ? (
        <>
          <p className="privacy-state">{t.sharedOn}</p>
          {/* The address carries the mode, and a home-screen icon opens the address it was added with. */}
          <p className="privacy-state">{t.sharedHomeScreen}</p>
        </>
      ) : storageAvailable ? (
        <p className="privacy-state">{fill(t.stored, { days: retentionDays })}</p>
      ) : (
        <p className="privacy-state">{t.noStorage}</p>
      )}
      {props.storageFull && !sharedMode ? (
        <p className="privacy-state" role="alert">
          {t.storageFull}
        </p>
      ) : props.saveFailed ? (
        <p className="privacy-state" role="alert">
          {t.saveFailed}
        </p>
      ) : null}
      {storageAvailable && !sharedMode && props.onRetentionChange ? (
        <p>
          <label htmlFor={retentionId}>{t.retention}</label>
          <select
            id={retentionId}
            value={retentionDays}
            onChange={(e) => {
              const days = Number(e.currentTarget.value);
              if (isRetentionDays(days)) props.onRetentionChange?.(days);
            }}
          >
            {RETENTION_DAYS.map((d) => (
              <option key={d} value={d}>
                {fill(t.days, { days: d })}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {storageAvailable ? (
        <label className="shared-mode">
          <input
            type="checkbox"
            checked={sharedMode}
            onChange={(e) => {
              if (e.currentTarget.checked && props.holdsData) setConfirming('shared');
              else props.onSharedModeChange(e.currentTarget.checked);
            }}
          />
          {t.sharedMode}
        </label>
      ) : null}
      {confirming === 'shared' ? (
        <Confirm label={t.sharedConfirmLabel} text={t.sharedConfirmText} onCancel={close}>
          {props.onExportFirst ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                close();
                props.onExportFirst?.();
              }}
            >
              {t.exportFirst}
            </button>
          ) : null}
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              close();
              props.onSharedModeChange(true);
            }}
          >
            {t.sharedConfirm}
          </button>
        </Confirm>
      ) : null}
      {confirming === 'delete' ? (
        <Confirm label={t.confirmLabel} text={t.confirmText} onCancel={close}>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              close();
              props.onDeleteAll();
            }}
          >
            {t.confirm}
          </button>
        </Confirm>
      ) : (
        <button
          type="button"
          className="button-link delete-all"
          onClick={() => {
            setConfirming('delete');
          }}
        >
          {t.deleteAll}
        </button>
      )}
    </footer>
  );
});
