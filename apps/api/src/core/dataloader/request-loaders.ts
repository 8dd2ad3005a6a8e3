import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, kept on the request object so they die with it: batching within one GraphQL
 * request, never caching across users.
 */
@Injectable()
export class RequestLoaders {
  private readonly byRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

  get<K, V>(request: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loaders = this.byRequest.get(request);
    if (!loaders) this.byRequest.set(request, (loaders = new Map()));
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results as DataLoader requires: one value per key, in key order. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: V | null = null): Array<V | null> {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? missing);
}
