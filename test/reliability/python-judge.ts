/**
 * CPython as the judge of property tests: one python3 process answers, for
 * each source, whether it compiles and the dump of its syntax tree.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

const SERVER = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
for line in sys.stdin:
    source = json.loads(line)
    try:
        tree = compile(source, 'case.py', 'exec', flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        compile(tree, 'case.py', 'exec', dont_inherit=True)
        answer = {'compiles': True, 'ast': ast.dump(tree)}
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        answer = {'compiles': False, 'error': type(error).__name__ + ': ' + str(error)}
    print(json.dumps(answer), flush=True)
`;

export interface Verdict {
  readonly compiles: boolean;
  /** ast.dump of the module, when it compiles. */
  readonly ast?: string;
  readonly error?: string;
}

/** A python3 process that judges sources one at a time, in order. */
export class PythonJudge {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((verdict: Verdict) => void)[] = [];

  constructor(python = 'python3') {
    this.child = spawn(python, ['-c', SERVER]);
    createInterface({ input: this.child.stdout }).on('line', (line) => this.waiting.shift()?.(JSON.parse(line) as Verdict));
  }

  judge(source: string): Promise<Verdict> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${JSON.stringify(source)}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}
