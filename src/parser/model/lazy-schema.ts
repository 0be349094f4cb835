/**
 * A schema built on first use. Importing the library must not build its
 * ~60 zod schemas (about 15 ms of a cold import, measured): only
 * createDocument and callers who validate need them. The value stands in
 * for the schema in every way zod and callers use one (reading and calling
 * its members, `instanceof`, composing it into other schemas): every
 * operation is forwarded to the real schema, built the first time.
 *
 * Call it as `/* @__PURE__ *\/ lazySchema(() => z.object(…))` so a bundle
 * that never reads the schema drops it, and zod with it.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const schema = (): T => (real ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      // The proxy's own target is empty: a property reported as non-configurable must exist there.
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    defineProperty: (_target, key, d) => Reflect.defineProperty(schema(), key, d),
    deleteProperty: (_target, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
