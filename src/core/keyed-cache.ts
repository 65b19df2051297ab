/**
 * One value kept under its key, built once however many callers ask at the same moment: callers
 * that arrive while the value for their key is being built share that build. A build for a newer
 * key does not let an older one replace the kept value; a failed build is forgotten and the next
 * call tries again. (The recommendation index takes tens of seconds to build at a million
 * postings; without this every request arriving during a rebuild started its own.) A build is handed
 * the value kept last, if any, so it can derive the new value from it instead of starting afresh.
 */
export interface KeyedCache<V> {
  get(key: string, build: (previous: V | undefined) => Promise<V>): Promise<V>;
}

export function createKeyedCache<V>(): KeyedCache<V> {
  let kept: { key: string; value: V } | undefined;
  let building: { key: string; value: Promise<V> } | undefined;
  return {
    get(key, build) {
      if (kept?.key === key) return Promise.resolve(kept.value);
      if (building?.key === key) return building.value;
      const value = build(kept?.value);
      const mine = { key, value };
      building = mine;
      value.then(
        (v) => {
          if (building === mine) {
            kept = { key, value: v };
            building = undefined;
          }
        },
        () => {
          if (building === mine) building = undefined;
        },
      );
      return value;
    },
  };
}
