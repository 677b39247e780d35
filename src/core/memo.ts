/**
 * Work done once and remembered. The check reads the same things from several places (a grid's layout and merges,
 * a table's amounts and statuses, a report's units and documents), and Intl formatters cost as much to make as a
 * thousand uses: each is computed on first use and kept for as long as what it belongs to.
 */

/** `compute` once per key: for keys that are values (a language, a text). */
export function oncePerKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}

/**
 * `compute` once per object: for a grid or a table, which nothing changes once made (see SheetGrid). The result goes
 * when the object does.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}
