const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids kept per name; older ones make room so the pool follows what the fuzzer creates. */
const MAX_PER_NAME = 200;

/**
 * Real ids seen in responses, by the name they appeared under: an `id` inside
 * `{"aftercare": [...]}` is kept under `aftercare`, a top-level `id` under the last
 * static segment of the URL. Path parameters then pick ids of their own kind
 * (`/aftercare/{taskId}` takes from `aftercare`), so requests reach real records.
 */
export class IdPool {
  private readonly byName = new Map<string, string[]>();
  private readonly all: string[] = [];

  add(name: string, id: string): void {
    const key = normalise(name);
    const list = this.byName.get(key) ?? [];
    if (list.includes(id)) return;
    list.push(id);
    if (list.length > MAX_PER_NAME) list.shift();
    this.byName.set(key, list);
    this.all.push(id);
    if (this.all.length > MAX_PER_NAME * 10) this.all.shift();
  }

  /** Collect every uuid in a JSON response of `url`. */
  harvest(url: string, body: unknown): void {
    const path = url.split('?')[0] ?? '';
    const segment =
      path
        .split('/')
        .filter((p) => p && !UUID.test(p))
        .pop() ?? '';
    this.walk(body, segment);
  }

  /** Candidates for a path parameter or body field: own kind first, else any real id. */
  candidates(...names: string[]): string[] {
    for (const name of names) {
      const list = this.byName.get(normalise(name));
      if (list && list.length > 0) return list;
    }
    return this.all;
  }

  get size(): number {
    return this.all.length;
  }

  private walk(value: unknown, name: string): void {
    if (typeof value === 'string') {
      if (UUID.test(value)) this.add(name, value);
    } else if (Array.isArray(value)) {
      for (const v of value) this.walk(v, name);
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        this.walk(v, key === 'id' || key === 'items' ? name : key);
      }
    }
  }
}

/** `incidentId`, `incidents` and `incident` name one kind. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/ids?$/, '').replace(/ies$/, 'y').replace(/s$/, '');
}
