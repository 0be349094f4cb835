export type SeverityName = 'error' | 'warning' | 'info';

const ICONS: Readonly<Record<SeverityName, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

export function SeverityBadge({ severity }: { severity: SeverityName }) {
  return (
    <span className={`sev sev-${severity}`}>
      <span aria-hidden="true">{ICONS[severity]}</span> {severity}
    </span>
  );
}

export function severityIcon(severity: SeverityName): string {
  return ICONS[severity];
}
