// The contact log: add, change and remove entries, see likely breaches with their sources, and export the timeline.
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkLog } from '../contactLog/breaches.ts';
import type { EntryCheck } from '../contactLog/breaches.ts';
import { shanghaiWallClock } from '../contactLog/clock.ts';
import { newEntry, removeEntry, saveEntry } from '../contactLog/entry.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLog } from '../contactLog/storage.ts';
import { describeContact, entryDetails, formatTimeline } from '../contactLog/timeline.ts';
import { resolveCitations, splitText } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import type { BreachRuleId } from '../flow/vocabulary.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { EntryForm } from './EntryForm.tsx';
import { RichText } from './RichText.tsx';
import { downloadText } from './share.ts';

interface ContactLogPageProps {
  catalogue: Catalogue;
  log: ContactLog;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function BreachNote({ ruleId, catalogue }: { ruleId: BreachRuleId; catalogue: Catalogue }) {
  const rule = catalogue.contactLog.breachRules[ruleId];
  return (
    <li className="breach">
      <p className="breach-title">
        <span aria-hidden="true">⚠ </span>
        <RichText parts={splitText(rule.title, catalogue)} />
      </p>
      <p>
        <RichText parts={splitText(rule.explanation, catalogue)} />
      </p>
      <Citations citations={resolveCitations(rule.basis, catalogue)} summary="依据" />
    </li>
  );
}

function EntryView(props: { check: EntryCheck; catalogue: Catalogue; onEdit: () => void; onDelete: () => void }) {
  const { check, catalogue } = props;
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={`log-entry${check.breaches.length ? ' log-entry-flagged' : ''}`}>
      <p className="log-entry-what">{describeContact(check, catalogue.contactLog)}</p>
      {entryDetails(check, catalogue.contactLog).map((line) => (
        <p key={line} className="log-entry-detail">
          {line}
        </p>
      ))}
      {check.breaches.length ? (
        <ul className="breaches" aria-label="可能违规">
          {check.breaches.map((ruleId) => (
            <BreachNote key={ruleId} ruleId={ruleId} catalogue={catalogue} />
          ))}
        </ul>
      ) : (
        <p className="log-entry-ok">没有发现违规迹象。</p>
      )}
      <div className="buttons no-print">
        <button type="button" className="button-link" onClick={props.onEdit}>
          修改
        </button>
        {confirming ? (
          <>
            <button type="button" className="button-link" onClick={props.onDelete}>
              确定删除
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setConfirming(false);
              }}
            >
              不删了
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setConfirming(true);
            }}
          >
            删除
          </button>
        )}
      </div>
    </li>
  );
}

export function ContactLogPage({ catalogue, log, onChange, now, autoFocus }: ContactLogPageProps) {
  const [editing, setEditing] = useState<{ entry: ContactEntry; isNew: boolean } | undefined>();
  const checked = useMemo(() => checkLog(log.entries, catalogue.contactLog.breachRules), [log.entries, catalogue]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (autoFocus && !editing) headingRef.current?.focus();
  }, [autoFocus, editing]);

  if (editing)
    return (
      <EntryForm
        key={editing.entry.id}
        initial={editing.entry}
        isNew={editing.isNew}
        labels={catalogue.contactLog.labels}
        onSave={(entry) => {
          onChange({ ...log, entries: saveEntry(log.entries, entry) });
          setEditing(undefined);
          setStatus(editing.isNew ? '已记下。' : '已修改。');
        }}
        onCancel={() => {
          setEditing(undefined);
        }}
      />
    );

  const flagged = Object.entries(checked.ruleCounts) as [BreachRuleId, number][];
  const timeline = () => formatTimeline(checked, catalogue, shanghaiWallClock(now()));
  return (
    <section className="contact-log" aria-labelledby="log-heading">
      <h1 id="log-heading" ref={headingRef} tabIndex={-1}>
        催收记录
      </h1>
      <p>每次被联系都记一笔。投诉和报警时，这就是你的证据清单。记录只保存在这台手机上。</p>
      <p className="sr-status" role="status">
        {status}
      </p>
      <div className="buttons no-print">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            const at = now();
            setStatus('');
            setEditing({ entry: newEntry(newId(at), shanghaiWallClock(at)), isNew: true });
          }}
        >
          记一笔
        </button>
      </div>
      {flagged.length ? (
        <section className="log-summary" aria-labelledby="log-summary-heading">
          <h2 id="log-summary-heading">发现可能违规的地方</h2>
          <ul>
            {flagged.map(([ruleId, count]) => (
              <li key={ruleId}>
                {splitText(catalogue.contactLog.breachRules[ruleId].title, catalogue)
                  .map((p) => ('text' in p ? p.text : p.phone.number))
                  .join('')}
                ：{count} 条
              </li>
            ))}
          </ul>
          <p className="disclaimer">这是按行业规则自动对照的提示，不是法院或监管部门的认定。</p>
        </section>
      ) : null}
      {checked.entries.length ? (
        <>
          <h2>全部记录（共 {checked.entries.length} 条，按时间排列）</h2>
          <ol className="log-entries">
            {checked.entries.map((check) => (
              <EntryView
                key={check.entry.id}
                check={check}
                catalogue={catalogue}
                onEdit={() => {
                  setEditing({ entry: check.entry, isNew: false });
                }}
                onDelete={() => {
                  onChange({ ...log, entries: removeEntry(log.entries, check.entry.id) });
                  setStatus('已删除这条记录。');
                }}
              />
            ))}
          </ol>
          <section className="log-export no-print" aria-labelledby="log-export-heading">
            <h2 id="log-export-heading">导出记录</h2>
            <div className="buttons">
              <CopyButton text={timeline()} label="复制全部记录" />
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  downloadText(
                    `催收记录-${shanghaiWallClock(now()).slice(0, 10)}.txt`,
                    timeline(),
                    'text/plain;charset=utf-8',
                  );
                }}
              >
                下载成文本文件
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  window.print();
                }}
              >
                打印或存成 PDF
              </button>
            </div>
          </section>
        </>
      ) : (
        <p className="log-empty">还没有记录。</p>
      )}
    </section>
  );
}
