/**
 * Which version of a regulation is in force, and which pages were written against an older one. Regulations change
 * under the site (the guideline is revised every year for that reason): the catalogue records each regulation's
 * versions, each page records the version it was checked against, and a page whose version is no longer the one in
 * force carries one notice, made here from that data, until an editor has reviewed it. Pure: the checker lists the
 * backlog from it, the views make the notices.
 */
import { formatPartialDate } from './dates.ts';
import { NOT_CONCERNED } from '../schemas/regulation-version.ts';

export interface VersionFacts {
  version: string;
  title?: string | undefined;
  issued: string;
  effective?: string | undefined;
}

/** The catalogue facts this module reads of one regulation. */
export interface RegulationVersions {
  title: string;
  issued: string;
  effective?: string | undefined;
  version?: string | undefined;
  history?: readonly VersionFacts[] | undefined;
  revision?: { changes: readonly string[]; source?: string | undefined } | undefined;
}

/** The label of the version in force: its own, or the year it was issued. */
export const currentVersion = (r: Pick<RegulationVersions, 'version' | 'issued'>): string =>
  r.version ?? r.issued.slice(0, 4);

/** Every version, oldest first, the one in force last. */
export function versionsOf(r: RegulationVersions): VersionFacts[] {
  return [
    ...(r.history ?? []),
    { version: currentVersion(r), title: r.title, issued: r.issued, effective: r.effective },
  ];
}

/** A regulation with more than one version: pages resting on it must say which they follow. */
export const isRevised = (r: RegulationVersions): boolean => (r.history?.length ?? 0) > 0;

/** One regulation an entry rests on, revised since the entry was checked against it. */
export interface PendingReview {
  regulation: string;
  title: string;
  /** The version in force. */
  current: VersionFacts;
  /** The version the entry follows, or undefined when it does not say. */
  follows: VersionFacts | undefined;
  changes: readonly string[];
  source: string | undefined;
}

/** A regulation an entry rests on: by its `checked` map, or with a version of its own (a timeline limit's). */
export type Reliance = string | { regulation: string; version?: string | undefined };

/**
 * The regulations, of those an entry rests on, whose version in force is not the one the entry was checked against
 * (or where it does not say, for a regulation with more than one version). One review per regulation: the oldest
 * version any part of the entry follows.
 */
export function pendingReviews(
  restsOn: Iterable<Reliance>,
  checked: Readonly<Record<string, string>> | undefined,
  catalogue: ReadonlyMap<string, RegulationVersions>,
): PendingReview[] {
  const pending = new Map<string, PendingReview>();
  for (const reliance of restsOn) {
    const id = typeof reliance === 'string' ? reliance : reliance.regulation;
    const r = catalogue.get(id);
    if (!r || !isRevised(r)) continue;
    const versions = versionsOf(r);
    const current = versions[versions.length - 1]!;
    const followed = (typeof reliance === 'string' ? undefined : reliance.version) ?? checked?.[id];
    if (followed === current.version || followed === NOT_CONCERNED) continue;
    const follows = versions.find((v) => v.version === followed);
    const seen = pending.get(id);
    if (seen && (!seen.follows || (follows && versions.indexOf(follows) >= versions.indexOf(seen.follows)))) continue;
    pending.set(id, {
      regulation: id,
      title: r.title,
      current,
      follows,
      changes: r.revision?.changes ?? [],
      source: r.revision?.source,
    });
  }
  return [...pending.values()];
}

/** What a procedure rests on: its basis and its timeline limits (each limit's own version where it gives one). */
export function procedureReliances(data: {
  basis: readonly { regulation: { id: string } }[];
  timeline?:
    { limits: readonly { regulation?: { id: string } | undefined; version?: string | undefined }[] } | undefined;
}): Reliance[] {
  return [
    ...data.basis.map((c) => c.regulation.id),
    ...(data.timeline?.limits ?? []).flatMap((l) =>
      l.regulation ? [{ regulation: l.regulation.id, version: l.version }] : [],
    ),
  ];
}

/** 2014年版, or the label itself when it is not a year. */
export const versionName = (v: Pick<VersionFacts, 'version'>): string =>
  /^\d{4}$/.test(v.version) ? `${v.version}年版` : `${v.version}版`;

/** 2026年5月 (印发) or 2026年5月11日印发、6月1日施行. */
export function whenIssued(v: Pick<VersionFacts, 'issued' | 'effective'>): string {
  const issued = formatPartialDate(v.issued);
  return v.effective && v.effective !== v.issued
    ? `${issued}印发、${formatPartialDate(v.effective)}施行`
    : `${issued}印发`;
}

/** The notice a reader sees, as sentences: what was revised and when, what the page follows, what changed. */
export function noticeSentences(p: PendingReview, subject = '本页'): string[] {
  const follows = p.follows
    ? `${subject}按${versionName(p.follows)}撰写，尚未按修订后的文本复核`
    : `${subject}尚未按修订后的文本复核`;
  return [
    `《${p.title}》已修订，现行版本于${whenIssued(p.current)}。`,
    `${follows}${p.changes.length ? `；修订涉及${p.changes.join('、')}等方面` : ''}。`,
    '以修订后的原文为准。',
  ];
}
