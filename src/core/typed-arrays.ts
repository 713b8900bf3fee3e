/** Returns a typed array of the same kind with `capacity` elements, holding a copy of `array`. */
export function growTypedArray<T extends Uint8Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
