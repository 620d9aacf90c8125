/** A domain weight as a native meter, so assistive tech reads the value without extra ARIA. */
export function WeightBar({ percent, label }: { percent: number; label: string }) {
  return (
    <meter className="weight-bar" min={0} max={100} value={percent} aria-label={label}>
      {percent}%
    </meter>
  )
}
