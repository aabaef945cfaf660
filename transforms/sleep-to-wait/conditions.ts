/**
 * Reading and writing the conditions of polling loops: a block's
 * statements, a lone expression, one comparison, a chain of `and`, and the
 * negation of a condition as Python.
 */
import type Parser from 'tree-sitter';

type Node = Parser.SyntaxNode;

/** The named children of a block that are statements. */
export function statementsOf(block: Node | null): Node[] {
  return block?.namedChildren.filter((n) => n.type !== 'comment') ?? [];
}

/** The expression of `expression_statement`, when it is alone. */
export function expressionOf(statement: Node): Node | null {
  return statement.type === 'expression_statement' && statement.namedChildren.length === 1 ? statement.namedChildren[0] : null;
}

export const FLIP: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/** Reads `a OP b` with one operator. */
export function comparison(node: Node): { left: Node; operator: string; right: Node } | null {
  if (node.type !== 'comparison_operator') return null;
  const operands = node.namedChildren.filter((n) => n.type !== 'comment');
  const operators = node.children.filter((n) => !n.isNamed);
  if (operands.length !== 2 || operators.length !== 1 || !(operators[0].type in FLIP)) return null;
  return { left: operands[0], operator: operators[0].type, right: operands[1] };
}

export function unwrap(node: Node): Node {
  return node.type === 'parenthesized_expression' && node.namedChildren.length === 1 ? unwrap(node.namedChildren[0]) : node;
}

/** The operands of a chain of `and`. */
export function conjuncts(node: Node): Node[] {
  const inner = unwrap(node);
  if (inner.type === 'boolean_operator' && inner.childForFieldName('operator')?.type === 'and') {
    return [...conjuncts(inner.childForFieldName('left')!), ...conjuncts(inner.childForFieldName('right')!)];
  }
  return [node];
}

const NEGATED: Readonly<Record<string, string>> = { '==': '!=', '!=': '==', in: 'not in', 'not in': 'in', is: 'is not', 'is not': 'is' };

/** The negation of a condition (of `and`-ed parts), as Python: `not x` → `x`, `a == b` → `a != b`, else `not (...)`. */
export function negate(parts: readonly Node[], source: string): string {
  if (parts.length > 1) return `not (${parts.map((part) => source.slice(part.startIndex, part.endIndex)).join(' and ')})`;
  const part = unwrap(parts[0]);
  if (part.type === 'not_operator') return source.slice(part.namedChildren[0].startIndex, part.endIndex);
  const operators = part.type === 'comparison_operator' ? part.children.filter((n) => !n.isNamed) : [];
  if (operators.length === 1 && NEGATED[operators[0].type] !== undefined) {
    const operator = operators[0];
    return `${source.slice(part.startIndex, operator.startIndex)}${NEGATED[operator.type]}${source.slice(operator.endIndex, part.endIndex)}`;
  }
  const text = source.slice(part.startIndex, part.endIndex);
  return ['boolean_operator', 'conditional_expression', 'lambda', 'named_expression', 'not_operator'].includes(part.type) ? `not (${text})` : `not ${text}`;
}
