import { useId } from 'react';

/** A labelled bar with its number in text, so the value is never carried by the bar alone. */
export function Meter({ label, percent, detail }: { label: string; percent: number; detail?: string }) {
  const id = useId();
  return (
    <div className="meter">
      <div className="meter-head">
        <span id={id}>{label}</span>
        <span className="meter-value">{detail ?? `${percent} %`}</span>
      </div>
      <div className="meter-track" role="progressbar" aria-labelledby={id} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={detail ?? `${percent} %`}>
        <div className="meter-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
