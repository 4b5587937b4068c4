// On every screen: what is kept on this phone and for how long, shared-phone mode, and deleting everything.
import { memo, useId, useState } from 'react';
import { RETENTION_DAYS } from '../machine/persistence.ts';
import { fill, useUiText } from './uiText.ts';

interface PrivacyPanelProps {
  sharedMode: boolean;
  storageAvailable: boolean;
  retentionDays: number;
  onSharedModeChange: (on: boolean) => void;
  /** Without it there is no choice of how long to keep (nothing can be re-saved yet while a flow loads). */
  onRetentionChange?: (days: number) => void;
  onDeleteAll: () => void;
}

export const PrivacyPanel = memo(function PrivacyPanel(props: PrivacyPanelProps) {
  const { sharedMode, storageAvailable, retentionDays } = props;
  const [confirming, setConfirming] = useState(false);
  const retentionId = useId();
  const { privacy: t } = useUiText();
  return (
    <footer className="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t.heading}</h2>
      {sharedMode ? (
        <p className="privacy-state">{t.sharedOn}</p>
      ) : storageAvailable ? (
        <p className="privacy-state">{fill(t.stored, { days: retentionDays })}</p>
      ) : (
        <p className="privacy-state">{t.noStorage}</p>
      )}
      {storageAvailable && !sharedMode && props.onRetentionChange ? (
        <p>
          <label htmlFor={retentionId}>{t.retention}</label>
          <select
            id={retentionId}
            value={retentionDays}
            onChange={(e) => {
              props.onRetentionChange?.(Number(e.currentTarget.value));
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
              props.onSharedModeChange(e.currentTarget.checked);
            }}
          />
          {t.sharedMode}
        </label>
      ) : null}
      {confirming ? (
        <div className="confirm-delete" role="group" aria-label={t.confirmLabel}>
          <p>{t.confirmText}</p>
          <div className="buttons">
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                setConfirming(false);
                props.onDeleteAll();
              }}
            >
              {t.confirm}
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button-link delete-all"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t.deleteAll}
        </button>
      )}
    </footer>
  );
});
