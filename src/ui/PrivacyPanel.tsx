// On every screen: what is kept on this phone and for how long, shared-phone mode, and deleting everything.
import { useId, useState } from 'react';
import { RETENTION_DAYS } from '../machine/persistence.ts';

interface PrivacyPanelProps {
  sharedMode: boolean;
  storageAvailable: boolean;
  retentionDays: number;
  onSharedModeChange: (on: boolean) => void;
  onRetentionChange: (days: number) => void;
  onDeleteAll: () => void;
}

export function PrivacyPanel(props: PrivacyPanelProps) {
  const { sharedMode, storageAvailable, retentionDays } = props;
  const [confirming, setConfirming] = useState(false);
  const retentionId = useId();
  return (
    <footer className="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">你的记录</h2>
      {sharedMode ? (
        <p className="privacy-state">共用手机模式已打开：你的回答不会保存在这台手机上，关掉页面就没有了。</p>
      ) : storageAvailable ? (
        <p className="privacy-state">
          你的回答只保存在这台手机上，不会发到任何地方。{retentionDays} 天不用会自动删除。
        </p>
      ) : (
        <p className="privacy-state">这个浏览器不允许保存，你的回答关掉页面就没有了。</p>
      )}
      {storageAvailable && !sharedMode ? (
        <p>
          <label htmlFor={retentionId}>自动删除时间：</label>
          <select
            id={retentionId}
            value={retentionDays}
            onChange={(e) => {
              props.onRetentionChange(Number(e.currentTarget.value));
            }}
          >
            {RETENTION_DAYS.map((d) => (
              <option key={d} value={d}>
                {d} 天
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
          共用手机模式：什么都不保存
        </label>
      ) : null}
      {confirming ? (
        <div className="confirm-delete" role="group" aria-label="确认删除">
          <p>确定删除吗？删除后，这台手机上不会留下你的任何回答和记录。</p>
          <div className="buttons">
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                setConfirming(false);
                props.onDeleteAll();
              }}
            >
              确定删除
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setConfirming(false);
              }}
            >
              取消
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
          删除我的所有记录
        </button>
      )}
    </footer>
  );
}
