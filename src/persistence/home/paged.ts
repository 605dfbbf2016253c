// Offset paging for the App Home lists. Each list query returns one page and, through
// `count(*) OVER ()`, the size of the whole list, so a page costs one round trip.

export interface Page<T> {
  items: T[];
  /** 0-based. */
  page: number;
  pageSize: number;
  /** Items in the whole list. */
  total: number;
}

/** The rows a paged query returns: its own columns plus the window count. */
export type Counted<R> = R & { total: bigint | number };

export type PageQuery<R> = (limit: number, offset: number) => Promise<Counted<R>[]>;

/**
 * One page of a list. A page past the end (the list shrank since the "more" button was drawn) shows
 * the last page instead of an empty one.
 */
export async function pageOf<R, T>(
  query: PageQuery<R>,
  page: number,
  pageSize: number,
  map: (row: R) => T,
): Promise<Page<T>> {
  const wanted = Math.max(0, Math.floor(page));
  let rows = await query(pageSize, wanted * pageSize);
  let served = wanted;
  if (rows.length === 0 && wanted > 0) {
    const first = await query(1, 0);
    const total = first.length === 0 ? 0 : Number(first[0]?.total);
    served = Math.max(0, Math.ceil(total / pageSize) - 1);
    rows = served === 0 && total === 0 ? [] : await query(pageSize, served * pageSize);
  }
  const total = rows.length === 0 ? 0 : Number(rows[0]?.total);
  return { items: rows.map(map), page: served, pageSize, total };
}
