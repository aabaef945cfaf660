/**
 * Where the scopes of a module lie in its text, and in which scope a name
 * at a given place resolves: the rules of {@link scopeOf} in
 * src/python/name-uses.ts, read from positions instead of by climbing from
 * the node to the root. A def's body is its own, and its parameter list is
 * for the names it binds; a class has its body; a comprehension has all but
 * the iterable of its first `for`. Climbing asks the parser for each
 * parent, which costs more the wider the tree is: a module with thousands
 * of names would climb the same ancestors thousands of times.
 */

/** The node types that open a scope inside a module. */
export const NESTED_SCOPE_TYPES = ['class_definition', 'function_definition', 'lambda', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'];

/** A stretch of the text, `end` excluded. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A node that opens a scope, and the parts of it that matter to where names resolve. */
export interface ScopeNode extends Span {
  /** One of {@link NESTED_SCOPE_TYPES}. */
  readonly type: string;
  /** The body of a def, lambda or class. */
  readonly body: Span | null;
  /** The parameter list of a def or lambda. */
  readonly parameters: Span | null;
  /** The first `for … in …` of a comprehension, and its targets. */
  readonly firstClause: Span | null;
  readonly firstTargets: Span | null;
}

/** A scope node, and the parts of it where names are its own. */
export interface ScopePlace extends ScopeNode {
  /** A comprehension: all of it but the iterable of its first `for`. */
  readonly comprehension: boolean;
  /** The nearest scope node around this one, whatever the rules. */
  readonly around: ScopePlace | null;
}

/** The scope nodes of a module, in source order, with where each one's own names lie. */
export class ScopePlaces {
  /** In source order; nested ones after the ones that hold them. */
  readonly places: readonly ScopePlace[];

  /** `nodes`: the module's scope nodes in source order, nested ones after the ones that hold them; `places` holds one for each, in the same order. */
  constructor(nodes: readonly ScopeNode[]) {
    const places: ScopePlace[] = [];
    const open: ScopePlace[] = [];
    for (const node of nodes) {
      // Scope nodes nest as the tree does: the last one still open holds this one.
      while (open.length > 0 && open[open.length - 1].end <= node.start) open.pop();
      const comprehension = node.type !== 'function_definition' && node.type !== 'lambda' && node.type !== 'class_definition';
      const place: ScopePlace = {
        type: node.type,
        start: node.start,
        end: node.end,
        comprehension,
        body: comprehension ? null : node.body,
        parameters: comprehension || node.type === 'class_definition' ? null : node.parameters,
        firstClause: comprehension ? node.firstClause : null,
        firstTargets: comprehension ? node.firstTargets : null,
        around: open[open.length - 1] ?? null,
      };
      places.push(place);
      open.push(place);
    }
    this.places = places;
  }

  /**
   * The scope node a name at `span` resolves in for `role`, or null for the
   * module. `inside` is where the search starts: by default the innermost
   * scope node around `span`; for a scope node, the one around it.
   */
  resolve(span: Span, role: string, inside: ScopePlace | null = this.innermost(span)): ScopePlace | null {
    for (let place = inside; place !== null; place = place.around) {
      if (place.comprehension) {
        if (place.firstClause === null || !contains(place.firstClause, span) || (place.firstTargets !== null && contains(place.firstTargets, span))) return place;
      } else if ((place.body !== null && contains(place.body, span)) || (role === 'bind' && place.parameters !== null && contains(place.parameters, span))) {
        return place;
      }
    }
    return null;
  }

  /**
   * The innermost scope node holding `span`, or null. A scope node spanning
   * exactly `span` is the node there itself, or what a statement there holds
   * (`(x for x in y)` alone on its line): it is not around `span`.
   */
  innermost(span: Span): ScopePlace | null {
    let low = 0;
    let high = this.places.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.places[mid].start <= span.start) low = mid + 1;
      else high = mid;
    }
    for (let place = low > 0 ? this.places[low - 1] : null; place !== null; place = place.around) {
      if (contains(place, span) && !(place.start === span.start && place.end === span.end)) return place;
    }
    return null;
  }
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
