export type DataPath = (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/** Where one node of the YAML stands in the source (yaml's ranges: start, end of the value, end with its comment). */
export interface NodePlace {
  range?: [number, number, number];
  scalar?: true;
  /** A scalar's comment at the end of its line (`value # comment`), without the #. */
  comment?: string;
  /** Where the key of a map's pair starts, for the value under that key. */
  keyStart?: number;
}

/**
 * A source map as plain data, so a parse can be kept in the cache folder (text-cache.ts): each node's place under
 * its data path (JSON-encoded, which keeps a sequence index 0 apart from a key '0'), and where each line starts.
 */
export interface SourceTable {
  nodes: Record<string, NodePlace>;
  lineStarts: number[];
}

/** Maps a path in the loaded data back to a line and column in the YAML source. */
export class SourceMap {
  constructor(readonly table: SourceTable) {}

  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  valueAt(path: DataPath): Position {
    for (let n = path.length; n >= 0; n--) {
      const range = this.node(path.slice(0, n))?.range;
      if (range) return this.position(range[0]);
    }
    return { line: 1, column: 1 };
  }

  /** Position of the key `key` inside the map at `mapPath` (for unknown or duplicate keys). */
  keyAt(mapPath: DataPath, key: string): Position {
    const start = this.node([...mapPath, key])?.keyStart;
    return start === undefined ? this.valueAt(mapPath) : this.position(start);
  }

  /** Position of `needle` inside the scalar at `path`, where it is written on one line; else the scalar. */
  textAt(path: DataPath, needle: string, source: string): Position {
    return this.textsAt(path, [needle], source)[0];
  }

  /** Positions of `needles` inside the scalar at `path`, each found after the one before it (the same text twice is two places). */
  textsAt(path: DataPath, needles: string[], source: string): Position[] {
    const range = this.node(path)?.range;
    let from = range?.[0] ?? 0;
    return needles.map((needle) => {
      const index = range ? source.slice(from, range[2]).indexOf(needle) : -1;
      if (index < 0) return this.valueAt(path);
      from += index + needle.length;
      return this.position(from - needle.length);
    });
  }

  /** The raw source text of the scalar at `path`, with its start offset. */
  rawScalar(path: DataPath, source: string): { text: string; start: number } | undefined {
    const node = this.node(path);
    if (!node?.scalar || !node.range) return undefined;
    return { text: source.slice(node.range[0], node.range[1]), start: node.range[0] };
  }

  /** The comment at the end of the scalar's line (`value # comment`), without the #. */
  commentAt(path: DataPath): string | undefined {
    return this.node(path)?.comment;
  }

  /** Line and column (from 1) of an offset, as yaml's LineCounter gives them. */
  position(offset: number): Position {
    const starts = this.table.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1 };
    if (low === 0) return { line: 0, column: offset };
    return { line: low, column: offset - starts[low - 1] + 1 };
  }

  private node(path: DataPath): NodePlace | undefined {
    return this.table.nodes[JSON.stringify(path)];
  }
}
