import type { SignupStatus, ToolkitItemRow, TrainingSessionRow } from './toolkit.tables';

/** A date column as YYYY-MM-DD, whichever way the driver returned it. */
export const day = (v: string | Date) =>
  typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

export function presentItem(row: ToolkitItemRow & { hidden: boolean }) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    source: row.source,
    publishedOn: day(row.published_on),
    audiences: row.audiences,
    themes: row.themes,
    national: row.organisation_id === null,
    hidden: row.hidden,
  };
}

export function presentSession(
  row: TrainingSessionRow & { confirmed: string | number | null },
  mySignup: SignupStatus | null,
  myPosition: number | null = null,
) {
  const cancelled = row.cancelled_at !== null;
  return {
    id: row.id,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    place: row.place,
    onlineUrl: row.online_url,
    capacity: row.capacity,
    placesLeft: cancelled ? 0 : Math.max(0, row.capacity - Number(row.confirmed ?? 0)),
    mySignup,
    myPosition: mySignup === 'waiting' ? myPosition : null,
    national: row.organisation_id === null,
    cancelled,
  };
}
